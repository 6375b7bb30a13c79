namespace ParGraph.Api.Kpis;

/// <summary>
/// Judges a KPI for a year. The target in force is the year's own target, else the nearest later one
/// (a milestone); none → no attainment. The value is the latest province-wide measurement dated in or
/// before the year. MET when it meets the target (<see cref="ComparatorExtensions.IsMetBy"/>);
/// NOT_MET when it misses and is the target year's own value; AT_RISK when it misses but the target is
/// not settled yet (a later milestone, or the latest value predates the target year); NO_DATA when there
/// is no value. The gap is value − target in the KPI's unit, sign flipped for LOWER_IS_BETTER, so a
/// positive gap is better than the target.
/// </summary>
public static class KpiAttainmentRules
{
    public static KpiAttainment? For(
        Kpi kpi, IEnumerable<KpiTarget> targets, IEnumerable<KpiMeasurement> provinceMeasurements, int year)
    {
        var target = targets.Where(t => t.Year >= year).OrderBy(t => t.Year).FirstOrDefault();
        if (target is null)
        {
            return null;
        }

        var isMilestone = target.Year > year;
        var latest = LatestInOrBefore(provinceMeasurements, year);
        if (latest is null)
        {
            return new KpiAttainment(year, target, isMilestone, null, AttainmentStatus.NoData, null);
        }

        var settled = !isMilestone && latest.On.Year == target.Year;
        var status = target.Comparator.IsMetBy(latest.Value, target.Value) ? AttainmentStatus.Met
            : settled ? AttainmentStatus.NotMet
            : AttainmentStatus.AtRisk;
        return new KpiAttainment(year, target, isMilestone, latest, status, Gap(kpi.Direction, latest.Value, target.Value));
    }

    /// <summary>Value minus target, sign flipped when lower is better: positive = better than the target.</summary>
    public static double Gap(KpiDirection direction, double value, double target) =>
        Math.Round(direction == KpiDirection.LowerIsBetter ? target - value : value - target, 6);

    /// <summary>The newest measurement dated in or before <paramref name="year"/>.</summary>
    public static KpiMeasurement? LatestInOrBefore(IEnumerable<KpiMeasurement> measurements, int year) =>
        measurements.Where(m => m.On.Year <= year).OrderByDescending(m => m.On).ThenByDescending(m => m.Id).FirstOrDefault();
}
