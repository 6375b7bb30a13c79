using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>A deadline as a person gives it: the phrase as printed, explicit dates, or both.</summary>
public sealed record TaskDeadlineInput
{
    public string? Text { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? Due { get; init; }
}

public sealed class TaskDeadlineInputType : InputObjectGraphType<TaskDeadlineInput>
{
    public TaskDeadlineInputType()
    {
        Name = "TaskDeadlineInput";
        Description = "A deadline: the phrase as printed (read like the importer reads documents, e.g. \"Quý III/2025\"), explicit dates, or both (the dates win).";
        Field(x => x.Text, nullable: true).Description($"The deadline as printed (at most {TaskInputRules.MaxDeadlineTextLength} characters).");
        Field(x => x.Start, nullable: true).Description("The day work starts, if it matters; not after `due`.");
        Field(x => x.Due, nullable: true).Description("The day the task is due; makes the deadline a DATE.");
    }
}
