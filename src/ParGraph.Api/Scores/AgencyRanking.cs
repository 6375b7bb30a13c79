namespace ParGraph.Api.Scores;

/// <summary>The published ranking of a year: a frozen copy of the scores that later data changes do not alter.</summary>
public sealed class AgencyRanking
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int FormulaVersion { get; set; }

    public AgencyScoreFormula? Formula { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public List<AgencyRankingEntry> Entries { get; set; } = [];
}
