using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed class ComparatorEnum : EnumerationGraphType<Comparator>
{
    public ComparatorEnum()
    {
        Name = "Comparator";
        Description = "How a target compares a measured value with the target value.";
    }
}
