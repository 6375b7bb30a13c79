using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Filtering;

public static class FilteringFieldExtensions
{
    /// <summary>Adds <c>where: XxxFilterInput</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Filterable<TSource, TReturn, TFilter>(this FieldBuilder<TSource, TReturn> field)
        where TFilter : IInputObjectGraphType =>
        field.Argument<TFilter>("where", "Conditions the items must meet; `and`/`or` combine them.");

    /// <summary><paramref name="source"/> narrowed by the <c>where</c> argument, in SQL.</summary>
    public static IQueryable<T> Filter<T, TFilter>(this IResolveFieldContext context, IQueryable<T> source)
        where TFilter : FilterInputGraphType<T>, new() =>
        context.FilterExpression<T, TFilter>() is { } predicate ? source.Where(predicate) : source;

    /// <summary>The <c>where</c> argument as a predicate for SQL, or null when there is none.</summary>
    public static Expression<Func<T, bool>>? FilterExpression<T, TFilter>(this IResolveFieldContext context)
        where TFilter : FilterInputGraphType<T>, new()
    {
        if (context.GetArgument<Dictionary<string, object?>?>("where") is not { Count: > 0 } where)
        {
            return null;
        }

        var text = context.RequestServices?.GetService<ITextMatching>() ?? new CaseInsensitiveTextMatching();
        return Filters<T, TFilter>.Instance.ToExpression(where, text);
    }

    private static class Filters<T, TFilter>
        where TFilter : FilterInputGraphType<T>, new()
    {
        public static readonly TFilter Instance = new();
    }
}
