using System.Linq.Expressions;
using System.Reflection;
using ParGraph.Server.Errors;
using ParGraph.Server.Expressions;

namespace ParGraph.Server.Paging;

/// <summary>
/// A row read together with the values of its sort keys, computed by the database — so a key on a
/// related row (<c>task.Plan.IssuedOn</c>) needs no loaded navigation to make the cursor.
/// </summary>
public sealed class KeyedRow<T>
{
    public const int MaxKeys = 8;

    public T Row { get; init; } = default!;

    public object? K0 { get; init; }

    public object? K1 { get; init; }

    public object? K2 { get; init; }

    public object? K3 { get; init; }

    public object? K4 { get; init; }

    public object? K5 { get; init; }

    public object? K6 { get; init; }

    public object? K7 { get; init; }

    public object?[] Keys(int count) => new[] { K0, K1, K2, K3, K4, K5, K6, K7 }[..count];

    /// <summary><c>row => new KeyedRow&lt;T&gt; { Row = row, K0 = (object)key0(row), … }</c>.</summary>
    public static Expression<Func<T, KeyedRow<T>>> Projection(IReadOnlyList<SortKey> order)
    {
        if (order.Count > MaxKeys)
        {
            throw ApiException.Validation($"Sort by at most {MaxKeys - 1} keys.", "order");
        }

        var row = Expression.Parameter(typeof(T), "row");
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(Row))!, row) };
        for (var i = 0; i < order.Count; i++)
        {
            var key = ParameterReplacer.Apply(order[i].Selector, row);
            bindings.Add(Expression.Bind(typeof(KeyedRow<T>).GetProperty("K" + i)!, Expression.Convert(key, typeof(object))));
        }

        return Expression.Lambda<Func<T, KeyedRow<T>>>(Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)), bindings), row);
    }
}
