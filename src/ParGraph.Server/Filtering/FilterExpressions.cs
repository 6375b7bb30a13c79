using System.Collections;
using System.Linq.Expressions;
using ParGraph.Server.Expressions;

namespace ParGraph.Server.Filtering;

/// <summary>Builds the expression of one operation (<c>eq</c>, <c>gt</c>, <c>in</c>, <c>contains</c>…) on a member.</summary>
public static class FilterExpressions
{
    /// <summary>A closure member, which EF Core sends as a SQL parameter rather than a literal.</summary>
    public static Expression Parameter(object? value, Type type) => QueryParameter.Of(value, type);

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

    private static Expression In(Expression member, IEnumerable values) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], QueryParameter.List(values, member.Type), member);

    private static Expression NotNull(Expression member, Expression match) =>
        Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), match);
}
