using ParGraph.Api.Scores;

namespace ParGraph.Api.Tests.Scores;

/// <summary>The formula itself, without a database.</summary>
public sealed class AgencyScoringTests
{
    private static readonly AgencyScoreFormula Formula = AgencyScoreFormulaConfiguration.First;

    [Fact]
    public void Components_WithoutKpis_LeaveThePartOutAndRenormaliseTheOthers()
    {
        var components = AgencyScoring.Components(Formula, new AgencyYearFacts(4, 4, 0, 4, 4, 0, 0))!;

        Assert.Equal(100.0, AgencyScoring.Score(components));
        var kpi = components.Single(c => c.Name == AgencyScoreComponentName.KpiAttainment);
        Assert.Null(kpi.Value);
        Assert.Null(kpi.Points);
        Assert.Equal(35.0 / 80 * 100, components.Single(c => c.Name == AgencyScoreComponentName.TasksOnTime).Points!.Value, 9);
    }

    [Fact]
    public void Components_WithNothingToJudge_AreNull()
    {
        Assert.Null(AgencyScoring.Components(Formula, AgencyYearFacts.None));
    }

    [Fact]
    public void Components_WhereOnlyZeroWeightedPartsApply_AreNull()
    {
        var reportsOnly = new AgencyScoreFormula { ReportTimelinessWeight = 0, TasksOnTimeWeight = 1, OverdueTasksWeight = 1, KpiAttainmentWeight = 1 };

        Assert.Null(AgencyScoring.Components(reportsOnly, new AgencyYearFacts(0, 0, 0, 4, 2, 0, 0)));
    }

    [Fact]
    public void Rank_IsCompetitionRanking_OrderedByScoreThenCode()
    {
        AgencyScore Score(string code, double score) => new(0, code, 2025, score, 0, 0, [], 1, false, null);

        var ranked = AgencyScoring.Rank([Score("D", 50), Score("C", 90), Score("A", 70), Score("B", 90)]);

        Assert.Equal(["B", "C", "A", "D"], ranked.Select(s => s.AgencyCode));
        Assert.Equal([1, 1, 3, 4], ranked.Select(s => s.Rank));
        Assert.All(ranked, s => Assert.Equal(4, s.RankOutOf));
    }
}
