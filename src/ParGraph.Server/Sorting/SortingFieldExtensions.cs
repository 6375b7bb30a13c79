using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ParGraph.Server.Paging;

namespace ParGraph.Server.Sorting;

public static class SortingFieldExtensions
{
    /// <summary>Adds <c>order: [XxxSortInput!]</c>: keys applied in the order given, the id always last.</summary>
    public static FieldBuilder<TSource, TReturn> Sortable<TSource, TReturn, TSortInput>(this FieldBuilder<TSource, TReturn> field)
        where TSortInput : IInputObjectGraphType =>
        field.Argument<ListGraphType<NonNullGraphType<TSortInput>>>(
            "order", "Sort keys, applied in the order given: each names one field (or a field of a related object) with `ASC` or `DESC`; ties are broken by id.");

    /// <summary>
    /// The order the <c>order</c> argument asks for, else <paramref name="defaultOrder"/>; the last key of
    /// <paramref name="defaultOrder"/> (unique, e.g. the id) always breaks ties, so cursors stay exact.
    /// </summary>
    public static IReadOnlyList<SortKey> SortKeys<TEntity, TSortInput>(this IResolveFieldContext context, IReadOnlyList<SortKey> defaultOrder)
        where TSortInput : SortInputGraphType<TEntity>, new()
    {
        if (context.GetArgument<List<object>?>("order") is not { Count: > 0 } order)
        {
            return defaultOrder;
        }

        var input = SortInputs<TEntity, TSortInput>.Instance;
        return [.. order.Cast<IDictionary<string, object?>>().SelectMany(o => input.ToSortKeys(o)), defaultOrder[^1]];
    }

    private static class SortInputs<TEntity, TSortInput>
        where TSortInput : SortInputGraphType<TEntity>, new()
    {
        public static readonly TSortInput Instance = new();
    }
}
