namespace ParGraph.Api.Kpis;

public enum Comparator
{
    Gt,
    Gte,
    Eq,
    Lte,
    Lt,
}
