using ParGraph.Api.Agencies;

namespace ParGraph.Api.Scores;

/// <summary>One agency's row of a published ranking.</summary>
public sealed class AgencyRankingEntry
{
    public long Id { get; set; }

    public int RankingId { get; set; }

    public AgencyRanking? Ranking { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public double Score { get; set; }

    public int Rank { get; set; }

    public int RankOutOf { get; set; }

    /// <summary>The components as published, JSON (see <see cref="AgencyScoreComponents"/>).</summary>
    public string Components { get; set; } = "[]";
}
