namespace ParGraph.Api.Kpis;

public enum KpiUnit
{
    Percent,
    Count,
    Score,
    Rank,
}
