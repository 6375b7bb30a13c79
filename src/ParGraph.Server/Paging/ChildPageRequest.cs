using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ParGraph.Server.Paging;

/// <summary>
/// One page size, cursor, order and filter applied to the children of many parents at once: a single
/// statement selects each parent's top rows (and their count when asked), which EF Core turns into a
/// window function partitioned by parent.
/// </summary>
internal sealed class ChildPageRequest<TParent, T, TKey>(
    ConnectionArguments arguments,
    PagingOptions options,
    bool includeTotalCount,
    IReadOnlyList<SortKey> order,
    Expression<Func<TParent, TKey>> parentKey,
    Expression<Func<T, TKey>> childKey,
    Expression<Func<T, bool>>? where)
    where TParent : class
    where T : class
    where TKey : notnull
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(TKey));

    public void Validate() => arguments.PageSize(options);

    public async Task<IReadOnlyDictionary<TKey, Connection<T>>> ReadAsync(
        IQueryable<TParent> parents, IQueryable<T> children, IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var size = arguments.PageSize(options);
        // A captured list, not a constant: EF Core sends it as one array parameter and caches one plan.
        var batch = new KeyBatch([.. keys]);
        var pages = await parents.Where(In(batch, parentKey)).Select(Page(children, batch, size + 1))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return pages.ToDictionary(
            page => page.Key,
            page => Connection<T>.FromRows(page.Rows, order.Count, size, arguments, includeTotalCount ? page.Total : null));
    }

    private static Expression<Func<TRow, bool>> In<TRow>(KeyBatch batch, Expression<Func<TRow, TKey>> key) =>
        Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(ContainsMethod, Expression.Property(Expression.Constant(batch), nameof(KeyBatch.Keys)), key.Body),
            key.Parameters);

    /// <summary>
    /// <c>parent =&gt; new ChildPage { Key = key(parent), Rows = children.Where(child of parent, in batch, where, after
    /// the cursor).OrderBy(…).Take(count).Select(row =&gt; new KeyedRow { … }).ToList(), Total = ….Count() }</c>;
    /// the batch condition lets the database narrow the children by index before numbering them per parent.
    /// </summary>
    private Expression<Func<TParent, ChildPage<TKey, T>>> Page(IQueryable<T> children, KeyBatch batch, int count)
    {
        var parent = parentKey.Parameters[0];
        var child = childKey.Parameters[0];
        var ofParent = Expression.Lambda<Func<T, bool>>(Expression.Equal(childKey.Body, parentKey.Body), child);
        var matching = Where(Where(children.Expression, In(batch, childKey)), ofParent);
        if (where is not null)
        {
            matching = Where(matching, where);
        }

        var rows = arguments.CursorPredicates<T>(order).Aggregate(matching, Where);
        for (var i = 0; i < order.Count; i++)
        {
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (order[i].Descending ^ arguments.Backward ? "Descending" : "");
            rows = Expression.Call(typeof(Enumerable), method, [typeof(T), order[i].ValueType], rows, order[i].Selector);
        }

        rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(T)], rows, Expression.Constant(count));
        rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(KeyedRow<T>)], rows, KeyedRow<T>.Projection(order));
        rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<T>)], rows);
        var page = typeof(ChildPage<TKey, T>);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(page.GetProperty(nameof(ChildPage<TKey, T>.Key))!, parentKey.Body),
            Expression.Bind(page.GetProperty(nameof(ChildPage<TKey, T>.Rows))!, rows),
        };
        if (includeTotalCount)
        {
            var total = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], matching);
            bindings.Add(Expression.Bind(page.GetProperty(nameof(ChildPage<TKey, T>.Total))!, total));
        }

        return Expression.Lambda<Func<TParent, ChildPage<TKey, T>>>(Expression.MemberInit(Expression.New(page), bindings), parent);
    }

    private static Expression Where(Expression source, Expression<Func<T, bool>> predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], source, predicate);

    private sealed class KeyBatch(List<TKey> keys)
    {
        public List<TKey> Keys { get; } = keys;
    }
}

/// <summary>The rows of one parent's page, as the database returns them.</summary>
internal sealed class ChildPage<TKey, T>
{
    public TKey Key { get; init; } = default!;

    public List<KeyedRow<T>> Rows { get; init; } = [];

    public int Total { get; init; }
}
