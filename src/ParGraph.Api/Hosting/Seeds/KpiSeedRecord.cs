using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>A row of <c>seeds/kpis.csv</c>: a KPI of the catalogue and the indicator texts the plans use for it.</summary>
public sealed record KpiSeedRecord(
    string Code,
    string Name,
    KpiKind Kind,
    KpiUnit Unit,
    KpiDirection Direction,
    ReformArea? Area,
    IReadOnlyList<string> Indicators,
    string? Description);
