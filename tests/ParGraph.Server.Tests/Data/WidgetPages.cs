using GraphQL;
using GraphQL.Execution;
using ParGraph.Server.Paging;
using ParGraph.Server.Sorting;

namespace ParGraph.Server.Tests.Data;

/// <summary>Reads pages of widgets the way a connection field does: order from the <c>order</c> argument, id last.</summary>
public static class WidgetPages
{
    public static readonly SortKey ById = SortKey.Ascending<Widget, int>(w => w.Id);

    /// <summary>The keys an <c>order</c> argument of these objects asks for, through the kit's own field extension.</summary>
    public static IReadOnlyList<SortKey> Order(params Dictionary<string, object?>[] keys)
    {
        var context = new ResolveFieldContext
        {
            Arguments = new Dictionary<string, ArgumentValue>
            {
                ["order"] = new(keys.Length == 0 ? null : keys.Cast<object>().ToList(), ArgumentSource.Literal),
            },
        };
        return context.SortKeys<Widget, WidgetSortInputType>([ById]);
    }

    public static Dictionary<string, object?> Key(string field, SortDirection direction) => new() { [field] = direction };

    public static Dictionary<string, object?> Key(string field, string nested, SortDirection direction) =>
        new() { [field] = Key(nested, direction) };

    /// <summary>One page of <paramref name="source"/>, with its total.</summary>
    public static Task<Connection<Widget>> PageAsync(
        IQueryable<Widget> source, IReadOnlyList<SortKey> order, int? first = null, string? after = null, int? last = null, string? before = null) =>
        source.ToConnectionAsync(new PageRequest<Widget>(new ConnectionArguments(first, after, last, before), new PagingOptions(), order, includeTotalCount: true), CancellationToken.None);
}
