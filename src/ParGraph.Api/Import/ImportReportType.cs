using GraphQL.Types;
using ParGraph.Api.Import.Parsing;
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

public sealed class SectionCountType : ObjectGraphType<SectionCount>
{
    public SectionCountType()
    {
        Name = "ImportSectionCount";
        Description = "How many tasks were read in one section.";
        Field(s => s.Section).Description("The section's numbering and title.");
        Field(s => s.Tasks).Description("Tasks read in it.");
    }
}

public sealed class ImportWarningType : ObjectGraphType<ImportWarning>
{
    public ImportWarningType()
    {
        Name = "ImportWarning";
        Description = "Something the importer could not read or had to guess.";
        Field(w => w.Line).Description("1-based line in the document (0 when it concerns the whole document).");
        Field(w => w.Message).Description("What happened.");
    }
}

public sealed class UnresolvedAgencyNameType : ObjectGraphType<UnresolvedAgencyName>
{
    public UnresolvedAgencyNameType()
    {
        Name = "UnresolvedAgencyName";
        Description = "A responsibility name that matches no agency in the registry.";
        Field(u => u.Name).Description("The name as printed.");
        Field(u => u.Line).Description("Line of the task row.");
        Field(u => u.TaskNumber, nullable: true).Description("The task's number as printed.");
    }
}

public sealed class ImportConflictType : ObjectGraphType<ImportConflict>
{
    public ImportConflictType()
    {
        Name = "ImportConflict";
        Description = "A task field changed through the API since the last import; the document's value was not applied.";
        Field(c => c.TaskNumber, nullable: true).Description("The task's number as printed.");
        Field(c => c.Line).Description("Line of the task row.");
        Field(c => c.Field).Description("The field, e.g. `title`, `deadline`, `lead`.");
        Field(c => c.DocumentValue, nullable: true).Description("What the document says now.");
        Field(c => c.CurrentValue, nullable: true).Description("What the task holds (kept).");
    }
}
