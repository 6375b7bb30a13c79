namespace ParGraph.Api.Kpis;

/// <summary>A KPI's province-wide value for one year: the latest measurement dated in that year.</summary>
public sealed record KpiYearValue(int Year, KpiMeasurement Measurement)
{
    /// <summary>One value per year from <paramref name="from"/> to <paramref name="to"/> (either open), oldest first.</summary>
    public static IReadOnlyList<KpiYearValue> Trend(IEnumerable<KpiMeasurement> provinceMeasurements, int? from, int? to) =>
        [.. provinceMeasurements
            .Where(m => (from is null || m.On.Year >= from) && (to is null || m.On.Year <= to))
            .GroupBy(m => m.On.Year)
            .OrderBy(g => g.Key)
            .Select(g => new KpiYearValue(g.Key, g.OrderByDescending(m => m.On).ThenByDescending(m => m.Id).First()))];
}
