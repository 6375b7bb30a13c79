using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public sealed class ReportType : ObjectGraphType<Report>
{
    public ReportType()
    {
        Name = "Report";
        Description = "An agency's progress report (báo cáo) for one period, optionally for one plan: one entry per task it leads or coordinates.";
        this.ImplementsNode(r => r.Id);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The reporting agency.")
            .Resolve(c => c.Load(AgencyLoaders.AgencyById, c.Source.AgencyId));
        Field<NonNullGraphType<ReportingPeriodType>>("period").Description("The period reported on.")
            .Resolve(c => c.Source.Period ?? (object?)c.Load(ReportLoaders.PeriodById, c.Source.PeriodId));
        Field<PlanType>("plan").Description("The plan reported on, when the report is for one plan only.")
            .Resolve(c => c.Source.PlanId is { } id ? c.Load(PlanLoaders.PlanById, id) : null);
        Field<NonNullGraphType<ReportStatusEnum>>("status").Description("Where the report stands in the workflow.").Resolve(c => c.Source.Status);
        Field(r => r.CreatedAt).Description("When the report was opened.");
        Field(r => r.SubmittedAt, nullable: true).Description("When the report was last submitted.");
        Field(r => r.SubmittedLate).Description("True when the last submission came after the period's due date.");
        Field(r => r.DecidedAt, nullable: true).Description("When the SNV PAR office last approved or returned it.");
        Field(r => r.ReturnReason, nullable: true).Description("Why the SNV PAR office returned it (kept until it is approved).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportEntryType>>>>("entries")
            .Description("One entry per task, in document order.")
            .Resolve(c => c.Load(ReportLoaders.EntriesByReportId, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Row version; pass it as `expectedVersion` when changing the report so concurrent edits are detected.")
            .Resolve(c => (int)c.Source.Version);
    }
}
