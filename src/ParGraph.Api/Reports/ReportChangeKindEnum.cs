using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class ReportChangeKindEnum : EnumerationGraphType<ReportChangeKind>
{
    public ReportChangeKindEnum()
    {
        Name = "ReportChangeKind";
        Description = "What happened to a report.";
    }
}
