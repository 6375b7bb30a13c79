using ParGraph.Server.Sorting;

namespace ParGraph.Api.Kpis;

public sealed class KpiMeasurementSortInputType : SortInputGraphType<KpiMeasurement>
{
    public KpiMeasurementSortInputType()
    {
        Name = "KpiMeasurementSortInput";
        Description = "Sort measurements.";
        Sort("on", m => m.On, "By the day the value is for.");
        Sort("value", m => m.Value, "By value.");
        Sort("rank", m => m.Rank, "By rank.");
    }
}
