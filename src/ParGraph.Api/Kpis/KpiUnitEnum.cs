using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class KpiUnitEnum : EnumerationGraphType<KpiUnit>
{
    public KpiUnitEnum()
    {
        Name = "KpiUnit";
        Description = "The unit a KPI is measured in.";
    }
}
