namespace ParGraph.Api.Hosting.Seeds;

/// <summary>A row of <c>seeds/kpi-measurements.csv</c>: a published province-wide result of a KPI for one year.</summary>
public sealed record KpiMeasurementSeedRecord(
    string KpiCode, int Year, double Value, int? Rank, int? RankOutOf, string Source, string? Note)
{
    /// <summary>A yearly result is stored as measured on the last day of its year.</summary>
    public DateOnly On => new(Year, 12, 31);
}
