using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class KpiDirectionEnum : EnumerationGraphType<KpiDirection>
{
    public KpiDirectionEnum()
    {
        Name = "KpiDirection";
        Description = "Whether higher or lower values of a KPI are better.";
    }
}
