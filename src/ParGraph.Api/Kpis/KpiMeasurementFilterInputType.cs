using ParGraph.Api.Agencies;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Kpis;

public sealed class KpiMeasurementFilterInputType : FilterInputGraphType<KpiMeasurement>
{
    public KpiMeasurementFilterInputType()
    {
        Configure("KpiMeasurementFilterInput", "Conditions on a measurement of a KPI.");
        Filter<DateOperationFilterInputType, DateOnly>("on", m => m.On, "The day the value is for.");
        Filter<FloatOperationFilterInputType, double>("value", m => m.Value, "The value.");
        Filter<IntOperationFilterInputType, int?>("rank", m => m.Rank, "The rank (1 is best).");
        Filter<StringOperationFilterInputType, string?>("source", m => m.Source, "Where the value comes from.");
        Nested<AgencyFilterInputType, Agency>("agency", m => m.Agency!, "The agency measured (province-wide values have none).");
    }
}
