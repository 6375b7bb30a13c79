namespace ParGraph.Api.Kpis;

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
