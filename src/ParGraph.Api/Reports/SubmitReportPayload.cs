namespace ParGraph.Api.Reports;

public sealed class SubmitReportPayloadType() : ReportPayloadType("SubmitReportPayload", "The report as submitted.");
