using System.Linq.Expressions;

namespace ParGraph.Server.Paging;

/// <summary>
/// The one builder of connection pages, root or nested: the rows after and before the arguments' cursors, in
/// the order read in the arguments' direction, one row more than the page (to tell whether more follow), each
/// with the values of its sort keys for its cursor. A root list reads it as a statement of its own
/// (<see cref="QueryableConnectionExtensions.ToConnectionAsync{T}"/>); a nested list embeds it, once per parent, in the statement
/// that reads every parent's page (<see cref="ChildPageRequest{TParent, T, TKey}"/>).
/// </summary>
internal sealed class PageRequest<T>
    where T : class
{
    private readonly ConnectionArguments arguments;
    private readonly IReadOnlyList<SortKey> order;

    /// <summary>Checks the arguments against <paramref name="options"/> (a VALIDATION error when they break them).</summary>
    public PageRequest(ConnectionArguments arguments, PagingOptions options, IReadOnlyList<SortKey> order, bool includeTotalCount)
    {
        this.arguments = arguments;
        this.order = order;
        Size = arguments.PageSize(options);
        IncludeTotalCount = includeTotalCount;
    }

    /// <summary>The number of rows the page holds.</summary>
    public int Size { get; }

    /// <summary>Whether <c>totalCount</c> is selected, so the matching rows are counted too.</summary>
    public bool IncludeTotalCount { get; }

    /// <summary>
    /// <c>source.Where(after the cursor).OrderBy(…).ThenBy(…).Take(Size + 1).Select(row =&gt; new KeyedRow { … })</c>
    /// over <paramref name="source"/>, an <see cref="IQueryable{T}"/> of the matching rows.
    /// </summary>
    public Expression Rows(Expression source)
    {
        var rows = arguments.CursorPredicates<T>(order).Aggregate(source, Where);
        for (var i = 0; i < order.Count; i++)
        {
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (order[i].Descending ^ arguments.Backward ? "Descending" : "");
            rows = Expression.Call(typeof(Queryable), method, [typeof(T), order[i].ValueType], rows, Expression.Quote(order[i].Selector));
        }

        rows = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], rows, Expression.Constant(Size + 1));
        return Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(KeyedRow<T>)], rows, Expression.Quote(KeyedRow<T>.Projection(order)));
    }

    /// <summary>The page made of the <paramref name="rows"/> that <see cref="Rows"/> read.</summary>
    public Connection<T> ToConnection(List<KeyedRow<T>> rows, int? total) =>
        Connection<T>.FromRows(rows, order.Count, Size, arguments, IncludeTotalCount ? total : null);

    /// <summary><c>source.Where(predicate)</c>, for an <see cref="IQueryable{T}"/> expression.</summary>
    public static Expression Where(Expression source, Expression<Func<T, bool>> predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source, Expression.Quote(predicate));
}
