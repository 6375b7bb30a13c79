using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class AttainmentStatusEnum : EnumerationGraphType<AttainmentStatus>
{
    public AttainmentStatusEnum()
    {
        Name = "AttainmentStatus";
        Description = "How a KPI stands against the target in force for a year.";
    }
}
