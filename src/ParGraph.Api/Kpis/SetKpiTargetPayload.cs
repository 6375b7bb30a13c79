using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed record SetKpiTargetPayload(KpiTarget Target, Kpi Kpi);

public sealed class SetKpiTargetPayloadType : ObjectGraphType<SetKpiTargetPayload>
{
    public SetKpiTargetPayloadType()
    {
        Name = "SetKpiTargetPayload";
        Description = "The target as it is after the change, and its KPI.";
        Field<NonNullGraphType<KpiTargetType>>("target").Description("The target after the change.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI the target is for.").Resolve(c => c.Source.Kpi);
    }
}
