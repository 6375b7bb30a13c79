using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ParGraph.Server.Paging;

/// <summary>
/// One page request (<see cref="PageRequest{T}"/>) and filter applied to the children of many parents at once:
/// a single statement selects each parent's top rows (and their count when asked), which EF Core turns into a
/// window function partitioned by parent (or a lateral join, when children reach parents through a list).
/// </summary>
internal sealed class ChildPageRequest<TParent, T, TKey>(
    PageRequest<T> page,
    Expression<Func<TParent, TKey>> parentKey,
    ChildParentKeys<T, TKey> childParentKeys,
    Expression<Func<T, bool>>? where)
    where TParent : class
    where T : class
    where TKey : notnull
{
    public async Task<IReadOnlyDictionary<TKey, Connection<T>>> ReadAsync(
        IQueryable<TParent> parents, IQueryable<T> children, IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        // A captured list, not a constant: EF Core sends it as one array parameter and caches one plan.
        var batch = Expression.Property(Expression.Constant(new KeyBatch([.. keys])), nameof(KeyBatch.Keys));
        var inBatch = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], batch, parentKey.Body), parentKey.Parameters);
        var pages = await parents.Where(inBatch).Select(Page(children, batch))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return pages.ToDictionary(p => p.Key, p => page.ToConnection(p.Rows, p.Total));
    }

    /// <summary>
    /// <c>parent =&gt; new ChildPage { Key = key(parent), Rows = children.Where(in batch, child of parent, where)
    /// .Where(after the cursor).OrderBy(…).Take(…).Select(row =&gt; new KeyedRow { … }).ToList(), Total = ….Count() }</c>;
    /// </summary>
    private Expression<Func<TParent, ChildPage<TKey, T>>> Page(IQueryable<T> children, Expression batch)
    {
        Expression<Func<T, bool>>?[] conditions = [childParentKeys.InBatch(batch), childParentKeys.Of(parentKey.Body), where];
        var matching = conditions.OfType<Expression<Func<T, bool>>>().Aggregate(children.Expression, PageRequest<T>.Where);

        var rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<T>)], page.Rows(matching));
        var type = typeof(ChildPage<TKey, T>);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(type.GetProperty(nameof(ChildPage<TKey, T>.Key))!, parentKey.Body),
            Expression.Bind(type.GetProperty(nameof(ChildPage<TKey, T>.Rows))!, rows),
        };
        if (page.IncludeTotalCount)
        {
            var total = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], matching);
            bindings.Add(Expression.Bind(type.GetProperty(nameof(ChildPage<TKey, T>.Total))!, total));
        }

        return Expression.Lambda<Func<TParent, ChildPage<TKey, T>>>(Expression.MemberInit(Expression.New(type), bindings), parentKey.Parameters);
    }

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
