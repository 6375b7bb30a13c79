using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class KpiAttainmentType : ObjectGraphType<KpiAttainment>
{
    public KpiAttainmentType()
    {
        Name = "KpiAttainment";
        Description = "How a KPI stands in a year against the target in force: the year's own target, else the nearest later one (a milestone).";
        Field(a => a.Year).Description("The year asked about.");
        Field<NonNullGraphType<KpiTargetType>>("target").Description("The target in force: the year's own, else the nearest later one.")
            .Resolve(c => c.Source.Target);
        Field(a => a.IsMilestone).Description("True when the target is a later year's (a milestone on the way), not the year's own.");
        Field<KpiMeasurementType>("measurement").Description("The latest province-wide measurement dated in or before the year; null when there is none.")
            .Resolve(c => c.Source.Measurement);
        Field<FloatGraphType>("value").Description("The value of `measurement`, in the KPI's unit.").Resolve(c => c.Source.Measurement?.Value);
        Field<NonNullGraphType<AttainmentStatusEnum>>("status")
            .Description("MET: the value meets the target. NOT_MET: the target year's own value misses it. AT_RISK: the value misses a target that is "
                + "not settled yet — a later milestone, or a target year with no value of its own yet (the latest is older). NO_DATA: no value in or before the year.")
            .Resolve(c => c.Source.Status);
        Field(a => a.Gap, nullable: true)
            .Description("Value minus target value, in the KPI's unit, with the sign flipped for LOWER_IS_BETTER KPIs: positive is better than the target, "
                + "negative worse; 0 equals it (which misses a strict GT/LT target). Null without a value.");
    }
}
