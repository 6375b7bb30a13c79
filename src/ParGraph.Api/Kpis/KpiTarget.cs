using ParGraph.Api.Plans;

namespace ParGraph.Api.Kpis;

/// <summary>A KPI's target for one year, e.g. satisfaction &gt; 87 % in 2024.</summary>
public sealed class KpiTarget
{
    public int Id { get; set; }

    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int Year { get; set; }

    public Comparator Comparator { get; set; }

    public double Value { get; set; }

    /// <summary>The target as the plan words it.</summary>
    public string? Text { get; set; }

    public int? PlanId { get; set; }

    public Plan? Plan { get; set; }

    public uint Version { get; set; }
}
