using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ParGraph.Server.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a connection field with <c>first/after/last/before</c>; resolve it with <see cref="ToConnectionAsync{T}"/>
    /// (a root list) or <see cref="ChildConnectionExtensions"/> (a list in another list's nodes).
    /// </summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type, string name)
        where TNodeType : IGraphType =>
        type.Field<ConnectionGraphType<TNodeType, TNode>>(name)
            .Argument<IntGraphType>("first", "Number of items from the start (or after `after`); the server's `Paging` options set the default and the maximum.")
            .Argument<StringGraphType>("after", "Cursor of the item after which the page starts (an `endCursor`).")
            .Argument<IntGraphType>("last", "Number of items from the end (or before `before`).")
            .Argument<StringGraphType>("before", "Cursor of the item before which the page ends (a `startCursor`).");

    /// <summary>Adds a connection field to a root type.</summary>
    public static FieldBuilder<object?, object> Connection<TNodeType, TNode>(this ObjectGraphType type, string name)
        where TNodeType : IGraphType =>
        type.Connection<object?, TNodeType, TNode>(name);

    /// <summary>Reads the page the field's arguments ask for; counts the total only when selected.</summary>
    public static Task<Connection<T>> ToConnectionAsync<T>(
        this IResolveFieldContext context, IQueryable<T> source, IReadOnlyList<SortKey> order)
        where T : class =>
        source.ToConnectionAsync(context.PageRequest<T>(order), context.CancellationToken);

    /// <summary>The page the field's arguments ask for, checked against the paging options; counts only when selected.</summary>
    internal static PageRequest<T> PageRequest<T>(this IResolveFieldContext context, IReadOnlyList<SortKey> order)
        where T : class =>
        new(
            ConnectionArguments.From(context),
            context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value,
            order,
            // SubFields is keyed by response name: `count: totalCount` must count too.
            context.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") ?? false);
}
