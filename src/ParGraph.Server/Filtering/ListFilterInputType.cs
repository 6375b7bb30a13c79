using GraphQL.Types;

namespace ParGraph.Server.Filtering;

/// <summary>Hot Chocolate's <c>ListFilterInputTypeOfXxxFilterInput</c>: <c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>.</summary>
public sealed class ListFilterInputType<TFilter> : InputObjectGraphType
    where TFilter : IInputObjectGraphType, new()
{
    public ListFilterInputType()
    {
        var element = new TFilter().Name;
        Name = "ListFilterInputTypeOf" + element;
        Description = $"Conditions on a list, each item checked with {element}.";
        Field<TFilter>("some").Description("At least one item matches.");
        Field<TFilter>("all").Description("Every item matches.");
        Field<TFilter>("none").Description("No item matches.");
        Field<BooleanGraphType>("any").Description("True: the list has items; false: it is empty.");
    }
}
