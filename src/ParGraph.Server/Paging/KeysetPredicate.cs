using System.Linq.Expressions;
using System.Reflection;

namespace ParGraph.Server.Paging;

/// <summary>
/// Builds "the rows that come after this cursor" for a keyset order:
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c>, following PostgreSQL's NULL placement
/// (NULLS LAST ascending, NULLS FIRST descending), with the values as SQL parameters.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Expression.Invoke(keys[i].Selector, row);
            var member = ReplaceInvoke(key);
            var descending = keys[i].Descending ^ reverse;
            var beyond = Beyond(member, values[i], descending);
            var branch = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            any = any is null ? branch : Expression.OrElse(any, branch);
            var equal = EqualTo(member, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static Expression Beyond(Expression member, object? value, bool descending)
    {
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        var isNull = nullable ? Expression.Equal(member, Expression.Constant(null, member.Type)) : null;
        if (value is null)
        {
            // NULLs sort last ascending (nothing but NULLs follow) and first descending (every value follows).
            return descending ? Expression.Not(isNull!) : Expression.Constant(false);
        }

        var compare = Compare(member, Parameter(value, member.Type), descending);
        return isNull is not null && !descending ? Expression.OrElse(compare, isNull) : compare;
    }

    private static Expression EqualTo(Expression member, object? value) =>
        value is null
            ? Expression.Equal(member, Expression.Constant(null, member.Type))
            : Expression.Equal(member, Parameter(value, member.Type));

    private static Expression Compare(Expression member, Expression value, bool descending)
    {
        if (member.Type == typeof(string))
        {
            var comparison = Expression.Call(StringCompare, member, value);
            var zero = Expression.Constant(0);
            return descending ? Expression.LessThan(comparison, zero) : Expression.GreaterThan(comparison, zero);
        }

        return descending ? Expression.LessThan(member, value) : Expression.GreaterThan(member, value);
    }

    /// <summary>A closure member, which EF Core sends as a SQL parameter rather than a literal.</summary>
    private static Expression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(ValueHolder<int>.Value));
    }

    private static Expression ReplaceInvoke(InvocationExpression invoke)
    {
        var lambda = (LambdaExpression)invoke.Expression;
        return new ParameterReplacer(lambda.Parameters[0], invoke.Arguments[0]).Visit(lambda.Body);
    }

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
