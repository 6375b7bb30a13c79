using System.Linq.Expressions;

namespace ParGraph.Server.Paging;

/// <summary>One key of a keyset order: a member path of the entity (related rows included) and its direction.</summary>
public sealed class SortKey(LambdaExpression selector, bool descending)
{
    public LambdaExpression Selector { get; } = selector;

    public bool Descending { get; } = descending;

    public Type ValueType => Selector.ReturnType;

    public static SortKey Ascending<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, false);

    public static SortKey Descend<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, true);
}
