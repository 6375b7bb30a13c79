namespace ParGraph.Api.Scores;

/// <summary>An agency's score and rank for a year, live or from the published ranking.</summary>
public sealed record AgencyScore(
    int AgencyId,
    string AgencyCode,
    int Year,
    double Score,
    int Rank,
    int RankOutOf,
    IReadOnlyList<AgencyScoreComponent> Components,
    int FormulaVersion,
    bool Published,
    DateTimeOffset? PublishedAt);
