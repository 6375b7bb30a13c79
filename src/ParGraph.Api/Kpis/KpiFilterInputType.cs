using ParGraph.Api.Plans;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Kpis;

public sealed class KpiFilterInputType : FilterInputGraphType<Kpi>
{
    public KpiFilterInputType()
    {
        Configure("KpiFilterInput", "Conditions on a KPI.");
        Filter<StringOperationFilterInputType, string>("code", k => k.Code, "The code.");
        Filter<StringOperationFilterInputType, string>("name", k => k.Name, "What is measured (contains: accent-insensitive).");
        Filter<EnumOperationFilterInputType<KpiKindEnum>, KpiKind>("kind", k => k.Kind, "Indicator or national index.");
        Filter<EnumOperationFilterInputType<ReformAreaEnum>, ReformArea?>("area", k => k.Area, "The reform area.");
    }
}
