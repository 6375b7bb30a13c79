using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>Changes to what a task is; fields left out stay as they are.</summary>
public sealed record UpdateTaskInput
{
    public string TaskId { get; init; } = "";

    public string? SectionId { get; init; }

    public string? Number { get; init; }

    public string? Title { get; init; }

    public string? Product { get; init; }

    public TaskDeadlineInput? Deadline { get; init; }

    public string? Note { get; init; }

    public int ExpectedVersion { get; init; }
}

public sealed class UpdateTaskInputType : InputObjectGraphType<UpdateTaskInput>
{
    public UpdateTaskInputType()
    {
        Name = "UpdateTaskInput";
        Description = "Changes to a task's section, number, title, product or deadline. Fields left out stay as they are; an empty number or product clears it.";
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task.");
        Field<IdGraphType>("sectionId").Description("ID of a section of the same plan.");
        Field(x => x.Number, nullable: true).Description($"Number as printed (at most {TaskInputRules.MaxNumberLength} characters).");
        Field(x => x.Title, nullable: true).Description($"What is to be done (at most {TaskInputRules.MaxTextLength} characters; not empty).");
        Field(x => x.Product, nullable: true).Description($"The expected product (at most {TaskInputRules.MaxTextLength} characters).");
        Field<TaskDeadlineInputType>("deadline").Description("The new deadline, replacing the old one.");
        Field(x => x.Note, nullable: true).Description($"Why (at most {TaskInputRules.MaxNoteLength} characters); kept in the task's history.");
        Field(x => x.ExpectedVersion).Description("The task's `version` as you read it; if it changed since, the answer is CONFLICT with the current version.");
    }
}
