namespace ParGraph.Api.Reports;

public sealed class ApproveReportPayloadType() : ReportPayloadType("ApproveReportPayload", "The approved report.");
