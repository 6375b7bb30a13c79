using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed record DefineKpiPayload(Kpi Kpi);

public sealed class DefineKpiPayloadType : ObjectGraphType<DefineKpiPayload>
{
    public DefineKpiPayloadType()
    {
        Name = "DefineKpiPayload";
        Description = "The KPI as it is after the change.";
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI after the change.").Resolve(c => c.Source.Kpi);
    }
}
