using System.Collections;
using System.Linq.Expressions;

namespace ParGraph.Server.Filtering;

/// <summary>Builds the expression of one operation (<c>eq</c>, <c>gt</c>, <c>in</c>, <c>contains</c>…) on a member.</summary>
public static class FilterExpressions
{
    /// <summary>A closure member, which EF Core sends as a SQL parameter rather than a literal.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    public static Expression Operation(Expression member, string operation, object? value, ITextMatching text) => operation switch
    {
        "eq" => Equal(member, value),
        "neq" => Expression.Not(Equal(member, value)),
        "in" => In(member, (IEnumerable)value!),
        "nin" => Expression.Not(In(member, (IEnumerable)value!)),
        "gt" => Expression.GreaterThan(member, Parameter(value, member.Type)),
        "gte" => Expression.GreaterThanOrEqual(member, Parameter(value, member.Type)),
        "lt" => Expression.LessThan(member, Parameter(value, member.Type)),
        "lte" => Expression.LessThanOrEqual(member, Parameter(value, member.Type)),
        "ngt" or "ngte" or "nlt" or "nlte" => Expression.Not(Operation(member, operation[1..], value, text)),
        "contains" or "startsWith" or "endsWith" => NotNull(member, text.Match(member, (string)value!, operation)),
        "ncontains" or "nstartsWith" or "nendsWith" =>
            Expression.Not(NotNull(member, text.Match(member, (string)value!, char.ToLowerInvariant(operation[1]) + operation[2..]))),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown filter operation."),
    };

    private static Expression Equal(Expression member, object? value) =>
        value is null ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Equal(member, Parameter(value, member.Type));

    private static Expression In(Expression member, IEnumerable values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in values)
        {
            list.Add(value);
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(list, typeof(IEnumerable<>).MakeGenericType(member.Type)), member);
    }

    private static Expression NotNull(Expression member, Expression match) =>
        Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), match);

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
