namespace ParGraph.Api.Reports;

public sealed class OpenReportPayloadType() : ReportPayloadType("OpenReportPayload", "The DRAFT (or RETURNED) report opened, with its entries.");
