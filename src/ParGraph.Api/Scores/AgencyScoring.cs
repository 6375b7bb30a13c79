namespace ParGraph.Api.Scores;

/// <summary>
/// The formula applied: components from facts, the 0–100 score, and competition ranking (1, 2, 2, 4).
/// A component without data (no decided tasks, no passed period, no measured KPI with a target) is left out
/// and the other weights are renormalised, so a missing kind of data neither helps nor hurts.
/// </summary>
public static class AgencyScoring
{
    /// <summary>The components, or null when none applies (the agency is then not ranked).</summary>
    public static IReadOnlyList<AgencyScoreComponent>? Components(AgencyScoreFormula formula, AgencyYearFacts facts)
    {
        (AgencyScoreComponentName Name, double? Value)[] values =
        [
            (AgencyScoreComponentName.TasksOnTime, Share(facts.TasksOnTime, facts.DecidedTasks)),
            (AgencyScoreComponentName.OverdueTasks, 1 - Share(facts.OverdueTasks, facts.DecidedTasks)),
            (AgencyScoreComponentName.ReportTimeliness, Share(facts.ReportCredit, facts.DuePeriods)),
            (AgencyScoreComponentName.KpiAttainment, Share(facts.KpisMet, facts.KpisMeasured)),
        ];
        var applying = values.Where(v => v.Value is not null).Sum(v => formula.WeightOf(v.Name));
        if (applying <= 0)
        {
            return null;
        }

        return [.. values.Select(v => new AgencyScoreComponent(
            v.Name,
            v.Value is { } value ? Math.Round(value, 4) : null,
            formula.WeightOf(v.Name),
            v.Value is { } x ? 100 * formula.WeightOf(v.Name) * x / applying : null))];
    }

    /// <summary>The score: the components' points, rounded to two decimals (so equal work ties exactly).</summary>
    public static double Score(IReadOnlyList<AgencyScoreComponent> components) =>
        Math.Round(components.Sum(c => c.Points ?? 0), 2);

    /// <summary>Orders by score (highest first), then code, and gives equal scores the same rank.</summary>
    public static List<AgencyScore> Rank(IEnumerable<AgencyScore> unranked)
    {
        var ordered = unranked.OrderByDescending(s => s.Score).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).ToList();
        var ranked = new List<AgencyScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(ordered[i] with { Rank = rank, RankOutOf = ordered.Count });
        }

        return ranked;
    }

    private static double? Share(double part, double whole) => whole > 0 ? part / whole : null;
}
