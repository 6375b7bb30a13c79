using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>A task added to a plan by the SNV PAR office.</summary>
public sealed record CreateTaskInput
{
    public string PlanId { get; init; } = "";

    public string? SectionId { get; init; }

    public string? Number { get; init; }

    public string Title { get; init; } = "";

    public string? Product { get; init; }

    public TaskDeadlineInput? Deadline { get; init; }

    public List<string> Lead { get; init; } = [];

    public List<string>? Coordinating { get; init; }
}

public sealed class CreateTaskInputType : InputObjectGraphType<CreateTaskInput>
{
    public CreateTaskInputType()
    {
        Name = "CreateTaskInput";
        Description = "A new task of a plan: what, the product, the deadline and who leads it.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("Global ID of the plan.");
        Field<IdGraphType>("sectionId").Description("ID of the plan's section (reform area) to list the task under.");
        Field(x => x.Number, nullable: true).Description($"Number as printed (at most {TaskInputRules.MaxNumberLength} characters).");
        Field(x => x.Title).Description($"What is to be done (at most {TaskInputRules.MaxTextLength} characters).");
        Field(x => x.Product, nullable: true).Description($"The expected product (at most {TaskInputRules.MaxTextLength} characters).");
        Field<TaskDeadlineInputType>("deadline").Description("The deadline; left out, it is UNSPECIFIED.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lead").Description("Codes of the lead agencies or groups, at least one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("coordinating").Description("Codes of the coordinating agencies or groups.");
    }
}
