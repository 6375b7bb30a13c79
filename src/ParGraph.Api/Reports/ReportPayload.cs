using GraphQL.Types;

namespace ParGraph.Api.Reports;

/// <summary>The report after a workflow step; <see cref="Entry"/> is the entry updateReportEntry changed.</summary>
public sealed record ReportPayload(Report Report, ReportEntry? Entry = null);

public sealed class ReportPayloadType : ObjectGraphType<ReportPayload>
{
    public ReportPayloadType()
    {
        Name = "ReportPayload";
        Description = "The report as it is after the change.";
        Field<NonNullGraphType<ReportType>>("report").Description("The report after the change.").Resolve(c => c.Source.Report);
    }
}
