using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class ReportStatusEnum : EnumerationGraphType<ReportStatus>
{
    public ReportStatusEnum()
    {
        Name = "ReportStatus";
        Description = "Where a report stands in the workflow DRAFT → SUBMITTED → APPROVED, or RETURNED → SUBMITTED again.";
    }
}
