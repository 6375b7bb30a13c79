using ParGraph.Api.Plans;

namespace ParGraph.Api.Kpis;

/// <summary>A quantitative indicator (chỉ tiêu) or a national index.</summary>
public sealed class Kpi
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public KpiUnit Unit { get; set; }

    public KpiDirection Direction { get; set; }

    public KpiKind Kind { get; set; }

    public ReformArea? Area { get; set; }

    /// <summary>How the plans word the indicator (besides <see cref="Name"/>); the importer attaches a target whose indicator reads so to this KPI.</summary>
    public List<string> Indicators { get; set; } = [];

    public int? SourcePlanId { get; set; }

    public Plan? SourcePlan { get; set; }

    public List<KpiTarget> Targets { get; set; } = [];

    public List<KpiMeasurement> Measurements { get; set; } = [];

    public uint Version { get; set; }
}
