using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>Removes a task from every list; it stays in the database and the audit log.</summary>
public sealed record DeleteTaskInput
{
    public string TaskId { get; init; } = "";

    public string? Note { get; init; }

    public int ExpectedVersion { get; init; }
}

public sealed class DeleteTaskInputType : InputObjectGraphType<DeleteTaskInput>
{
    public DeleteTaskInputType()
    {
        Name = "DeleteTaskInput";
        Description = "The task to delete (soft: hidden from every query, kept with its history and audit entries).";
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task.");
        Field(x => x.Note, nullable: true).Description($"Why (at most {TaskInputRules.MaxNoteLength} characters); kept in the task's history.");
        Field(x => x.ExpectedVersion).Description("The task's `version` as you read it; if it changed since, the answer is CONFLICT with the current version.");
    }
}
