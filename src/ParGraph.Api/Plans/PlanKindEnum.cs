using GraphQL.Types;

namespace ParGraph.Api.Plans;

public sealed class PlanKindEnum : EnumerationGraphType<PlanKind>
{
    public PlanKindEnum()
    {
        Name = "PlanKind";
        Description = "The kind of planning document.";
    }
}
