using GraphQL.Types;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public sealed class ReportChangeType : ObjectGraphType<ReportEvent>
{
    public ReportChangeType()
    {
        Name = "ReportChange";
        Description = "A step of a report's workflow; `report` is read when the event arrives, within your rights.";
        Field<NonNullGraphType<ReportChangeKindEnum>>("kind").Description("What happened; RESYNC asks you to re-read.").Resolve(c => c.Source.Kind);
        Field<IdGraphType>("reportId").Description("Global ID of the report (null for RESYNC).")
            .Resolve(c => c.Source.Kind == ReportChangeKind.Resync ? null : GlobalId.Encode("Report", c.Source.ReportId));
        Field<StringGraphType>("agencyCode").Description("Code of the reporting agency (null for RESYNC).")
            .Resolve(c => c.Source.Kind == ReportChangeKind.Resync ? null : c.Source.AgencyCode);
        Field<ReportType>("report").Description("The report as it is now (null for RESYNC, or when you may no longer read it).")
            .Resolve(c => c.Source.Kind == ReportChangeKind.Resync ? null : ReportLoaders.LoadVisible(c, c.Source.ReportId));
        Field(c => c.At).Description("When the change was made.");
    }
}
