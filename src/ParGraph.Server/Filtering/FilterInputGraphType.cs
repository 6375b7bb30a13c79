using System.Linq.Expressions;
using GraphQL.Types;
using ParGraph.Server.Expressions;

namespace ParGraph.Server.Filtering;

/// <summary>
/// A Hot Chocolate style filter input (<c>TaskFilterInput</c>): <c>and</c>, <c>or</c>, one operation
/// input per member, nested objects and list filters. <see cref="ToExpression"/> turns a value of it
/// into a predicate EF Core translates to SQL.
/// </summary>
public abstract class FilterInputGraphType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, Func<object, Expression, ITextMatching, Expression>> fields = new(StringComparer.Ordinal);

    protected void Configure(string name, string description)
    {
        Name = name;
        Description = description;
        AddField(new FieldType { Name = "and", Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())), Description = "All of these conditions." });
        AddField(new FieldType { Name = "or", Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())), Description = "At least one of these conditions." });
    }

    /// <summary>A member filtered by the operations of <typeparamref name="TOperations"/>.</summary>
    protected void Filter<TOperations, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TOperations : IInputObjectGraphType
    {
        AddField(new FieldType { Name = name, Type = typeof(TOperations), Description = description });
        fields[name] = (value, row, text) => ((IDictionary<string, object?>)value)
            .Select(op => FilterExpressions.Operation(Inline(member, row), op.Key, op.Value, text))
            .Aggregate(Expression.AndAlso);
    }

    /// <summary>A related object filtered by its own filter input.</summary>
    protected void Nested<TFilter, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TFilter : FilterInputGraphType<TValue>, new()
    {
        AddField(new FieldType { Name = name, Type = typeof(TFilter), Description = description });
        var nested = new TFilter();
        fields[name] = (value, row, text) => nested.Build((IDictionary<string, object?>)value, Inline(member, row), text);
    }

    /// <summary>A list filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    protected void List<TFilter, TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> member, string description)
        where TFilter : FilterInputGraphType<TElement>, new()
    {
        AddField(new FieldType { Name = name, Type = typeof(ListFilterInputType<TFilter>), Description = description });
        var nested = new TFilter();
        fields[name] = (value, row, text) => ((IDictionary<string, object?>)value)
            .Select(op => ListOperation(Inline(member, row), op.Key, op.Value, nested, text))
            .Aggregate(Expression.AndAlso);
    }

    public Expression<Func<T, bool>> ToExpression(IDictionary<string, object?> input, ITextMatching text)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Build(input, row, text), row);
    }

    internal Expression Build(IDictionary<string, object?> input, Expression row, ITextMatching text)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in input.Where(f => f.Value is not null))
        {
            parts.Add(name switch
            {
                "and" => ((IEnumerable<object?>)value!).Select(v => Build((IDictionary<string, object?>)v!, row, text)).DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso),
                "or" => ((IEnumerable<object?>)value!).Select(v => Build((IDictionary<string, object?>)v!, row, text)).DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse),
                _ => fields[name](value!, row, text),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression ListOperation<TElement>(
        Expression list, string operation, object? value, FilterInputGraphType<TElement> element, ITextMatching text)
    {
        if (operation == "any")
        {
            var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], list);
            return (bool)value! ? any : Expression.Not(any);
        }

        var predicate = element.ToExpression((IDictionary<string, object?>)value!, text);
        var call = Expression.Call(typeof(Enumerable), operation == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any), [typeof(TElement)], list, predicate);
        return operation == "none" ? Expression.Not(call) : call;
    }

    private static Expression Inline(LambdaExpression member, Expression row) => ParameterReplacer.Apply(member, row);
}
