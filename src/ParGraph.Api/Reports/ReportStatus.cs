namespace ParGraph.Api.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}
