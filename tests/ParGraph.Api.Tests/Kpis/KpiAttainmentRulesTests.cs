using ParGraph.Api.Kpis;

namespace ParGraph.Api.Tests.Kpis;

public sealed class KpiAttainmentRulesTests
{
    private static readonly Kpi Higher = new() { Code = "H", Name = "H", Direction = KpiDirection.HigherIsBetter };
    private static readonly Kpi Lower = new() { Code = "L", Name = "L", Direction = KpiDirection.LowerIsBetter };

    [Fact]
    public void For_YearWithOwnTargetAndValue_IsMetOrNotMet()
    {
        KpiTarget[] targets = [Target(2024, Comparator.Gt, 87)];

        var met = KpiAttainmentRules.For(Higher, targets, [Measured(2024, 88)], 2024)!;
        var missed = KpiAttainmentRules.For(Higher, targets, [Measured(2024, 83.66)], 2024)!;

        Assert.Equal((AttainmentStatus.Met, false, 1.0), (met.Status, met.IsMilestone, met.Gap!.Value));
        Assert.Equal((AttainmentStatus.NotMet, -3.34), (missed.Status, missed.Gap!.Value));
    }

    [Fact]
    public void For_LowerIsBetter_FlipsTheGap()
    {
        KpiTarget[] targets = [Target(2024, Comparator.Lte, 25)];

        var better = KpiAttainmentRules.For(Lower, targets, [Measured(2024, 10)], 2024)!;
        var worse = KpiAttainmentRules.For(Lower, targets, [Measured(2024, 30)], 2024)!;

        Assert.Equal((AttainmentStatus.Met, 15.0), (better.Status, better.Gap!.Value));
        Assert.Equal((AttainmentStatus.NotMet, -5.0), (worse.Status, worse.Gap!.Value));
    }

    [Fact]
    public void For_YearWithoutOwnTarget_UsesTheNearestLaterTargetAsMilestone()
    {
        KpiTarget[] targets = [Target(2024, Comparator.Gt, 87), Target(2025, Comparator.Gte, 90), Target(2030, Comparator.Gte, 95)];

        var attainment = KpiAttainmentRules.For(Higher, targets, [Measured(2024, 91), Measured(2026, 93)], 2027)!;

        Assert.True(attainment.IsMilestone);
        Assert.Equal((2030, 93.0, AttainmentStatus.AtRisk, -2.0), (attainment.Target.Year, attainment.Measurement!.Value, attainment.Status, attainment.Gap!.Value));
    }

    [Fact]
    public void For_TargetYearWithOnlyAnOlderValue_IsAtRiskWhenItMisses()
    {
        var attainment = KpiAttainmentRules.For(Higher, [Target(2025, Comparator.Gte, 90)], [Measured(2024, 83.66)], 2025)!;

        Assert.Equal((false, AttainmentStatus.AtRisk), (attainment.IsMilestone, attainment.Status));
    }

    [Fact]
    public void For_NoValueInOrBeforeTheYear_IsNoData()
    {
        var attainment = KpiAttainmentRules.For(Higher, [Target(2024, Comparator.Gt, 87)], [Measured(2025, 99)], 2024)!;

        Assert.Equal(AttainmentStatus.NoData, attainment.Status);
        Assert.Null(attainment.Measurement);
        Assert.Null(attainment.Gap);
    }

    [Fact]
    public void For_NoTargetInOrAfterTheYear_IsNull() =>
        Assert.Null(KpiAttainmentRules.For(Higher, [Target(2024, Comparator.Gt, 87)], [Measured(2025, 99)], 2025));

    [Fact]
    public void Trend_TakesTheLatestValueOfEachYearInRange()
    {
        KpiMeasurement[] measurements = [Measured(2022, 1), Measured(2023, 2, month: 6), Measured(2023, 3), Measured(2024, 4)];

        var trend = KpiYearValue.Trend(measurements, 2023, 2030);

        Assert.Equal([(2023, 3.0), (2024, 4.0)], trend.Select(v => (v.Year, v.Measurement.Value)));
    }

    private static KpiTarget Target(int year, Comparator comparator, double value) => new() { Year = year, Comparator = comparator, Value = value };

    private static KpiMeasurement Measured(int year, double value, int month = 12) =>
        new() { On = new DateOnly(year, month, month == 12 ? 31 : 30), Value = value };
}
