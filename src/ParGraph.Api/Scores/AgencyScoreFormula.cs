namespace ParGraph.Api.Scores;

/// <summary>
/// A version of the agency-scoring formula: one weight per <see cref="AgencyScoreComponentName"/>. Weights are
/// relative (version 1 sums to 100); the score is 100 × Σ weight × value ÷ Σ weight of the components that apply.
/// Versions are never changed: a new formula is a new version, and every result names the version it used.
/// </summary>
public sealed class AgencyScoreFormula
{
    public int Version { get; set; }

    public double TasksOnTimeWeight { get; set; }

    public double OverdueTasksWeight { get; set; }

    public double ReportTimelinessWeight { get; set; }

    public double KpiAttainmentWeight { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public double WeightOf(AgencyScoreComponentName component) => component switch
    {
        AgencyScoreComponentName.TasksOnTime => TasksOnTimeWeight,
        AgencyScoreComponentName.OverdueTasks => OverdueTasksWeight,
        AgencyScoreComponentName.ReportTimeliness => ReportTimelinessWeight,
        AgencyScoreComponentName.KpiAttainment => KpiAttainmentWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
    };
}
