using ParGraph.Api.Agencies;

namespace ParGraph.Api.Kpis;

/// <summary>A measured value of a KPI, province-wide or for one agency.</summary>
public sealed class KpiMeasurement
{
    public long Id { get; set; }

    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public DateOnly On { get; set; }

    public double Value { get; set; }

    public int? Rank { get; set; }

    public int? RankOutOf { get; set; }

    /// <summary>Null for a province-wide measurement.</summary>
    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    public string? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
