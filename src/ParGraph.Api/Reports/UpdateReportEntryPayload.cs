using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class UpdateReportEntryPayloadType : ObjectGraphType<ReportPayload>
{
    public UpdateReportEntryPayloadType()
    {
        Name = "UpdateReportEntryPayload";
        Description = "The entry as it is after the change, and its report.";
        Field<NonNullGraphType<ReportEntryType>>("entry").Description("The entry after the change.").Resolve(c => c.Source.Entry);
        Field<NonNullGraphType<ReportType>>("report").Description("The report, with its new version.").Resolve(c => c.Source.Report);
    }
}
