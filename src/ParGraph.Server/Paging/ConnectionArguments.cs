using System.Linq.Expressions;
using GraphQL;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Paging;

/// <summary>The Relay arguments of a connection field, checked against <see cref="PagingOptions"/>.</summary>
public sealed record ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    public static ConnectionArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    public bool Backward => Last is not null || (First is null && Before is not null);

    /// <summary>The number of rows the page holds, after validation.</summary>
    public int PageSize(PagingOptions options)
    {
        if (First is not null && Last is not null)
        {
            throw ApiException.Validation("Pass either `first` or `last`, not both.", "first");
        }

        var (size, name) = Last is not null ? (Last.Value, "last") : (First ?? options.DefaultPageSize, "first");
        if (size < 0)
        {
            throw ApiException.Validation($"`{name}` must not be negative.", name);
        }

        if (size > options.MaxPageSize)
        {
            throw ApiException.Validation(
                $"`{name}` is {size}, but a page holds at most {options.MaxPageSize} items; page with `after`.", name);
        }

        return size;
    }

    /// <summary>The conditions of <see cref="After"/> and <see cref="Before"/> in <paramref name="order"/>.</summary>
    public IEnumerable<Expression<Func<T, bool>>> CursorPredicates<T>(IReadOnlyList<SortKey> order)
    {
        if (After is not null)
        {
            yield return KeysetPredicate.After<T>(order, KeysetCursor.Decode(order, After, "after"), reverse: false);
        }

        if (Before is not null)
        {
            yield return KeysetPredicate.After<T>(order, KeysetCursor.Decode(order, Before, "before"), reverse: true);
        }
    }
}
