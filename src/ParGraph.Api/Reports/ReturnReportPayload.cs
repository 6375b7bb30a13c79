namespace ParGraph.Api.Reports;

public sealed class ReturnReportPayloadType() : ReportPayloadType("ReturnReportPayload", "The report returned to its agency, with the reason.");
