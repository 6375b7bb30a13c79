using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>Who leads and who coordinates a task, replacing the current assignment.</summary>
public sealed record AssignTaskInput
{
    public string TaskId { get; init; } = "";

    public List<string> Lead { get; init; } = [];

    public List<string>? Coordinating { get; init; }

    public string? Note { get; init; }

    public int ExpectedVersion { get; init; }
}

public sealed class AssignTaskInputType : InputObjectGraphType<AssignTaskInput>
{
    public AssignTaskInputType()
    {
        Name = "AssignTaskInput";
        Description = "The lead and coordinating agencies of a task, replacing the current ones.";
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lead").Description("Codes of the lead agencies or groups, at least one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("coordinating").Description("Codes of the coordinating agencies or groups; left out, none.");
        Field(x => x.Note, nullable: true).Description($"Why (at most {TaskInputRules.MaxNoteLength} characters); kept in the task's history.");
        Field(x => x.ExpectedVersion).Description("The task's `version` as you read it; if it changed since, the answer is CONFLICT with the current version.");
    }
}
