using ParGraph.Server.Sorting;

namespace ParGraph.Api.Kpis;

public sealed class KpiSortInputType : SortInputGraphType<Kpi>
{
    public KpiSortInputType()
    {
        Name = "KpiSortInput";
        Description = "Sort KPIs.";
        Sort("code", k => k.Code, "By code.");
        Sort("name", k => k.Name, "By name.");
        Sort("kind", k => k.Kind, "By kind.");
        Sort("area", k => k.Area, "By reform area.");
    }
}
