using GraphQL.Types;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Kpis;

public sealed class KpiTargetType : ObjectGraphType<KpiTarget>
{
    public KpiTargetType()
    {
        Name = "KpiTarget";
        Description = "A KPI's target for one year, e.g. satisfaction above 87 % in 2024, as a plan sets it.";
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI the target is for.")
            .Resolve(c => c.Load(KpiLoaders.KpiById, c.Source.KpiId));
        Field(t => t.Year).Description("The year the target is for.");
        Field<NonNullGraphType<ComparatorEnum>>("comparator").Description("How the measured value must compare with `value`.")
            .Resolve(c => c.Source.Comparator);
        Field(t => t.Value).Description("The target value, in the KPI's unit.");
        Field(t => t.Text, nullable: true).Description("The target as the plan words it.");
        Field<PlanType>("plan").Description("The plan that sets the target.")
            .Resolve(c => c.Source.PlanId is { } id ? c.Load(PlanLoaders.PlanById, id) : null);
    }
}
