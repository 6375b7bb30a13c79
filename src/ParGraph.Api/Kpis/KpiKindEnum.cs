using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class KpiKindEnum : EnumerationGraphType<KpiKind>
{
    public KpiKindEnum()
    {
        Name = "KpiKind";
        Description = "A province indicator or a national index.";
    }
}
