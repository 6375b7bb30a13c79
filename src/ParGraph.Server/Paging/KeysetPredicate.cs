using System.Linq.Expressions;
using System.Reflection;
using ParGraph.Server.Expressions;

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
            var member = ParameterReplacer.Apply(keys[i].Selector, row);
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

        var compare = Compare(member, value, descending);
        return isNull is not null && !descending ? Expression.OrElse(compare, isNull) : compare;
    }

    private static Expression EqualTo(Expression member, object? value) =>
        value is null
            ? Expression.Equal(member, Expression.Constant(null, member.Type))
            : Expression.Equal(member, QueryParameter.Of(value, member.Type));

    private static Expression Compare(Expression member, object rawValue, bool descending)
    {
        var value = QueryParameter.Of(rawValue, member.Type);
        if (member.Type == typeof(string))
        {
            return StringComparison(member, value, descending);
        }

        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type.IsEnum)
        {
            // Enums are stored and sorted by name; "after v" is "one of the names after v's name".
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], QueryParameter.List(Following(type, rawValue, descending), member.Type), member);
        }

        if (type == typeof(bool))
        {
            // false < true: after false (ascending) comes true; after true nothing.
            var boolean = Expression.Convert(member, typeof(bool));
            var other = Expression.Convert(value, typeof(bool));
            return descending
                ? Expression.AndAlso(Expression.Not(boolean), other)
                : Expression.AndAlso(boolean, Expression.Not(other));
        }

        return descending ? Expression.LessThan(member, value) : Expression.GreaterThan(member, value);
    }

    /// <summary>The values of <paramref name="enumType"/> whose names sort after (or before) that of the cursor's value.</summary>
    private static IEnumerable<object> Following(Type enumType, object value, bool descending)
    {
        var name = value.ToString()!;
        return Enum.GetNames(enumType)
            .Where(n => descending ? string.CompareOrdinal(n, name) < 0 : string.CompareOrdinal(n, name) > 0)
            .Select(n => Enum.Parse(enumType, n));
    }

    private static Expression StringComparison(Expression left, Expression right, bool descending)
    {
        var comparison = Expression.Call(StringCompare, left, right);
        var zero = Expression.Constant(0);
        return descending ? Expression.LessThan(comparison, zero) : Expression.GreaterThan(comparison, zero);
    }
}
