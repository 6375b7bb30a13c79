using System.Linq.Expressions;

namespace ParGraph.Server.Paging;

/// <summary>
/// Which parents a child row belongs to: the one whose key it holds (<c>update =&gt; update.TaskId</c>), or
/// every key of a list it holds, when children and parents meet through a relation of many to many
/// (<c>task =&gt; task.Assignments.Where(lead).Select(a =&gt; a.AgencyId)</c>).
/// </summary>
internal sealed class ChildParentKeys<T, TKey>
{
    private readonly LambdaExpression keys;
    private readonly bool many;

    private ChildParentKeys(LambdaExpression keys, bool many)
    {
        this.keys = keys;
        this.many = many;
    }

    public static ChildParentKeys<T, TKey> One(Expression<Func<T, TKey>> key) => new(key, many: false);

    public static ChildParentKeys<T, TKey> Many(Expression<Func<T, IEnumerable<TKey>>> keys) => new(keys, many: true);

    /// <summary>
    /// <c>child =&gt; batch.Contains(key(child))</c>, which lets the database narrow the children by index before
    /// numbering them per parent; null for a list of keys, whose pages are read by a lateral join per parent.
    /// </summary>
    public Expression<Func<T, bool>>? InBatch(Expression batch) => many ? null : Lambda(Contains(batch, keys.Body));

    /// <summary>
    /// <c>child =&gt; key(child) == parentKey</c>, or <c>child =&gt; keys(child).Contains(parentKey)</c>, where
    /// <paramref name="parentKey"/> reads the key of the parent whose page is being read.
    /// </summary>
    public Expression<Func<T, bool>> Of(Expression parentKey) =>
        Lambda(many ? Contains(keys.Body, parentKey) : Expression.Equal(keys.Body, parentKey));

    private static Expression Contains(Expression list, Expression key) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], list, key);

    private Expression<Func<T, bool>> Lambda(Expression body) => Expression.Lambda<Func<T, bool>>(body, keys.Parameters);
}
