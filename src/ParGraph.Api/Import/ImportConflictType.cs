using GraphQL.Types;

namespace ParGraph.Api.Import;

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
