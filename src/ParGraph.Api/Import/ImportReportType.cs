using GraphQL.Types;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Import;

public sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "What an import read and wrote, and what it could not read.";
        Field(r => r.FileName).Description("The document's file name; the plan is identified by it.");
        Field<NonNullGraphType<StringGraphType>>("layout").Description("The layout the document was read as, e.g. `AnnualPlanTable`.")
            .Resolve(c => c.Source.Layout.ToString());
        Field(r => r.DryRun).Description("True when nothing was written.");
        Field(r => r.SameAsLastImport).Description("True when the same text was imported before: nothing was compared or written.");
        Field<PlanType>("plan").Description("The plan the document fills (null in a dry run of a new document).")
            .Resolve(c => c.Source.PlanId is { } id && !c.Source.DryRun ? c.Load(PlanLoaders.PlanById, id) : null);
        Field(r => r.Sections).Description("Sections read.");
        Field(r => r.TasksCreated).Description("Tasks created.");
        Field(r => r.TasksUpdated).Description("Tasks whose imported fields changed.");
        Field(r => r.TasksUnchanged).Description("Tasks the document gives as they are.");
        Field(r => r.TasksNoLongerInDocument).Description("Tasks of earlier imports the document no longer has (kept).");
        Field(r => r.TargetsCreated).Description("KPI targets created.");
        Field(r => r.TargetsUpdated).Description("KPI targets changed.");
        Field(r => r.TargetsUnchanged).Description("KPI targets the document gives as they are.");
        Field(r => r.KpisCreated).Description("KPIs created for indicators seen for the first time.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionCountType>>>>("tasksPerSection")
            .Description("Tasks read per section, in document order.").Resolve(c => c.Source.TasksPerSection);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningType>>>>("warnings")
            .Description("What could not be read, or had to be guessed, with line numbers.").Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnresolvedAgencyNameType>>>>("unresolvedAgencies")
            .Description("Agency names that match no agency; their tasks need review.").Resolve(c => c.Source.UnresolvedAgencies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportConflictType>>>>("conflicts")
            .Description("Fields changed through the API after the last import: kept, the document's value not applied.")
            .Resolve(c => c.Source.Conflicts);
    }
}
