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
        int? total = includeTotalCount ? await source.CountAsync(cancellationToken).ConfigureAwait(false) : null;
        var rows = await OrderBy(arguments.Restrict(source, order), order, reverse: arguments.Backward)
            .Take(size + 1).Select(KeyedRow<T>.Projection(order))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Connection<T>.FromRows(rows, order.Count, size, arguments, total);
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
