using GraphQL.Types;

namespace ParGraph.Server.Paging;

/// <summary>An edge of a connection, named after its node: <c>TasksEdge</c>.</summary>
public sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = GraphTypeNames.NodeName(typeof(TNodeType));
        Name = GraphTypeNames.Plural(node) + "Edge";
        Description = $"An item of a list of {node} with its cursor.";
        Field(x => x.Cursor).Description("Opaque cursor of this item, for `after` / `before`.");
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.").Resolve(context => context.Source.Node);
    }
}
