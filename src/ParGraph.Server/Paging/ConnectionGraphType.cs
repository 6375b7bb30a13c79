using GraphQL.Types;

namespace ParGraph.Server.Paging;

/// <summary>A Relay connection named after its node, as Hot Chocolate names them: <c>TasksConnection</c>.</summary>
public sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.NodeName(typeof(TNodeType));
        Name = GraphTypeNames.Plural(node) + "Connection";
        Description = $"A page of {node} items with cursors (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TNode>>>>>("edges")
            .Description("The items of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page (shortcut for `edges { node }`).")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether more items exist before or after this page, and the cursors to reach them.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of items in the whole list (all pages), counted only when asked for.")
            .Resolve(context => context.Source.TotalCount);
    }
}
