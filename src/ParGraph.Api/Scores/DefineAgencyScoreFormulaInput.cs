using GraphQL.Types;

namespace ParGraph.Api.Scores;

/// <summary>The weights of the next formula version.</summary>
public sealed record DefineAgencyScoreFormulaInput
{
    public double TasksOnTimeWeight { get; init; }

    public double OverdueTasksWeight { get; init; }

    public double ReportTimelinessWeight { get; init; }

    public double KpiAttainmentWeight { get; init; }

    public string? Note { get; init; }
}

public sealed class DefineAgencyScoreFormulaInputType : InputObjectGraphType<DefineAgencyScoreFormulaInput>
{
    public DefineAgencyScoreFormulaInputType()
    {
        Name = "DefineAgencyScoreFormulaInput";
        Description = "The weights of a new formula version: each 0 or more, at least one more than 0. They are relative; summing them to 100 keeps them readable as points.";
        Field(x => x.TasksOnTimeWeight).Description("Weight of TASKS_ON_TIME.");
        Field(x => x.OverdueTasksWeight).Description("Weight of OVERDUE_TASKS.");
        Field(x => x.ReportTimelinessWeight).Description("Weight of REPORT_TIMELINESS.");
        Field(x => x.KpiAttainmentWeight).Description("Weight of KPI_ATTAINMENT.");
        Field(x => x.Note, nullable: true).Description("Why the formula changes (at most 1000 characters).");
    }
}
