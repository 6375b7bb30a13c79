using GraphQL.Types;

namespace ParGraph.Api.Plans;

public sealed class PlanStatusEnum : EnumerationGraphType<PlanStatus>
{
    public PlanStatusEnum()
    {
        Name = "PlanStatus";
        Description = "Whether a plan is in force.";
    }
}
