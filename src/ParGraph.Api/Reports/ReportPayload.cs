using GraphQL.Types;

namespace ParGraph.Api.Reports;

/// <summary>The report after a workflow step; <see cref="Entry"/> is the entry updateReportEntry changed.</summary>
public sealed record ReportPayload(Report Report, ReportEntry? Entry = null);

/// <summary>The <c>XxxReportPayload { report }</c> shape, one GraphQL type per workflow step as Hot Chocolate names them.</summary>
public abstract class ReportPayloadType : ObjectGraphType<ReportPayload>
{
    protected ReportPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ReportType>>("report").Description("The report after the change.").Resolve(c => c.Source.Report);
    }
}
