using ParGraph.Api.Plans;

namespace ParGraph.Api.Kpis;

/// <summary>What the audit log keeps of a KPI, a target and a measurement.</summary>
public sealed record KpiSnapshot(
    string Code, string Name, string? Description, KpiUnit Unit, KpiDirection Direction, KpiKind Kind, ReformArea? Area,
    IReadOnlyList<string> Indicators)
{
    public static KpiSnapshot Of(Kpi k) => new(k.Code, k.Name, k.Description, k.Unit, k.Direction, k.Kind, k.Area, [.. k.Indicators]);

    public static object Of(KpiTarget t, string kpiCode) =>
        new { KpiCode = kpiCode, t.Year, t.Comparator, t.Value, t.Text, t.PlanId };

    public static object Of(KpiMeasurement m, string kpiCode, string? agencyCode) =>
        new { m.Id, KpiCode = kpiCode, m.On, m.Value, AgencyCode = agencyCode, m.Rank, m.RankOutOf, m.Source, m.Note, m.RecordedBy };
}
