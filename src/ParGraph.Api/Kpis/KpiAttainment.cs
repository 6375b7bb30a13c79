namespace ParGraph.Api.Kpis;

/// <summary>How a KPI stands in <see cref="Year"/> against the target in force (see <see cref="KpiAttainmentRules"/>).</summary>
public sealed record KpiAttainment(
    int Year,
    KpiTarget Target,
    bool IsMilestone,
    KpiMeasurement? Measurement,
    AttainmentStatus Status,
    double? Gap);
