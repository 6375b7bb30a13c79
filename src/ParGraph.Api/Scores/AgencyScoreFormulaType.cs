using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreFormulaType : ObjectGraphType<AgencyScoreFormula>
{
    public AgencyScoreFormulaType()
    {
        Name = "AgencyScoreFormula";
        Description = "A version of the agency-scoring formula. Weights are relative: score = 100 × Σ weight × value ÷ Σ weight, over the components that apply. Versions never change; the newest computes live scores.";
        Field(f => f.Version).Description("1, 2, 3…; a new definition is the next version.");
        Field(f => f.TasksOnTimeWeight).Description("Weight of TASKS_ON_TIME.");
        Field(f => f.OverdueTasksWeight).Description("Weight of OVERDUE_TASKS.");
        Field(f => f.ReportTimelinessWeight).Description("Weight of REPORT_TIMELINESS.");
        Field(f => f.KpiAttainmentWeight).Description("Weight of KPI_ATTAINMENT.");
        Field(f => f.Note, nullable: true).Description("Why this version was made.");
        Field(f => f.CreatedAt).Description("When the version was defined.");
        Field(f => f.CreatedBy, nullable: true).Description("Username of who defined it (`migration` for version 1).");
    }
}
