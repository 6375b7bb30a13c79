using GraphQL.Types;

namespace ParGraph.Api.Plans;

public sealed class ReformAreaEnum : EnumerationGraphType<ReformArea>
{
    public ReformAreaEnum()
    {
        Name = "ReformArea";
        Description = "The reform area (lĩnh vực cải cách) a section of a plan belongs to, as the PAR programme 2021–2030 divides them.";
    }
}
