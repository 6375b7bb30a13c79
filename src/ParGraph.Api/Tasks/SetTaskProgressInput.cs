using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>Progress reported on a task by its lead agency (or the SNV PAR office).</summary>
public sealed record SetTaskProgressInput
{
    public string TaskId { get; init; } = "";

    public TaskStatus? Status { get; init; }

    public int? Progress { get; init; }

    public string? Note { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public int ExpectedVersion { get; init; }
}

public sealed class SetTaskProgressInputType : InputObjectGraphType<SetTaskProgressInput>
{
    public SetTaskProgressInputType()
    {
        Name = "SetTaskProgressInput";
        Description = "New status and/or progress of a task, with a note. Give at least one of status, progress and note.";
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task.");
        Field<TaskStatusEnum>("status").Description("New status. COMPLETED sets progress to 100 and the completion day; CANCELLED is for the SNV PAR office only.");
        Field(x => x.Progress, nullable: true).Description("New progress in percent, 0–100. Progress above 0 on a NOT_STARTED task moves it to IN_PROGRESS.");
        Field(x => x.Note, nullable: true).Description($"What was done or why (at most {TaskInputRules.MaxNoteLength} characters); kept in the task's history.");
        Field(x => x.CompletedOn, nullable: true).Description("With COMPLETED: the day it was completed (default today); not in the future.");
        Field(x => x.ExpectedVersion).Description("The task's `version` as you read it; if it changed since, the answer is CONFLICT with the current version.");
    }
}
