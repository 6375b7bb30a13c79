using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ParGraph.Server.Paging;

public static class QueryableConnectionExtensions
{
    /// <summary>
    /// Reads one page of <paramref name="source"/> in <paramref name="order"/> (whose last key must
    /// be unique, e.g. the id) with keyset cursors: one statement for the page, one more for the
    /// total only when <paramref name="includeTotalCount"/>.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source,
        IReadOnlyList<SortKey> order,
        ConnectionArguments arguments,
        PagingOptions options,
        bool includeTotalCount,
        CancellationToken cancellationToken)
        where T : class
    {
        var size = arguments.PageSize(options);
        var backward = arguments.Backward;
        var query = source;
        if (arguments.After is { } after)
        {
            query = query.Where(KeysetPredicate.After<T>(order, KeysetCursor.Decode(order, after, "after"), reverse: false));
        }

        if (arguments.Before is { } before)
        {
            query = query.Where(KeysetPredicate.After<T>(order, KeysetCursor.Decode(order, before, "before"), reverse: true));
        }

        int? total = includeTotalCount ? await source.CountAsync(cancellationToken).ConfigureAwait(false) : null;
        var rows = await OrderBy(query, order, reverse: backward).Take(size + 1).Select(KeyedRow<T>.Projection(order))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(size);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(keyed => new Edge<T>(KeysetCursor.Encode(keyed.Keys(order.Count)), keyed.Row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? arguments.Before is not null : more,
            HasPreviousPage: backward ? more : arguments.After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, total);
    }

    internal static IQueryable<T> OrderBy<T>(IQueryable<T> query, IReadOnlyList<SortKey> order, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var method = (i == 0, key.Descending ^ reverse) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(
                typeof(Queryable), method, [typeof(T), key.ValueType], expression, Expression.Quote(key.Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }
}
