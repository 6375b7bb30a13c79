using System.Linq.Expressions;

namespace ParGraph.Server.Paging;

/// <summary>One key of a keyset order: a member path of the entity and its direction.</summary>
public sealed class SortKey
{
    private readonly Lazy<Func<object, object?>> compiled;

    public SortKey(LambdaExpression selector, bool descending)
    {
        Selector = selector;
        Descending = descending;
        compiled = new Lazy<Func<object, object?>>(() => CompileBoxed(selector));
    }

    public LambdaExpression Selector { get; }

    public bool Descending { get; }

    public Type ValueType => Selector.ReturnType;

    public static SortKey Ascending<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, false);

    public static SortKey Descend<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, true);

    public object? ValueOf(object entity) => compiled.Value(entity);

    private static Func<object, object?> CompileBoxed(LambdaExpression selector)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var body = Expression.Invoke(selector, Expression.Convert(entity, selector.Parameters[0].Type));
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), entity).Compile();
    }
}
