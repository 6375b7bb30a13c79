using System.Linq.Expressions;
using GraphQL.Types;
using ParGraph.Server.Expressions;
using ParGraph.Server.Paging;

namespace ParGraph.Server.Sorting;

/// <summary>
/// A Hot Chocolate style sort input (<c>TaskSortInput</c>): one field per sortable member, either
/// <c>SortEnumType</c> or a nested sort input of a related object. Turned into keyset
/// <see cref="SortKey"/>s by <see cref="ToSortKeys"/>.
/// </summary>
public abstract class SortInputGraphType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, Func<object?, LambdaExpression, IEnumerable<SortKey>>> fields = new(StringComparer.Ordinal);

    /// <summary>A member sorted by its value.</summary>
    protected void Sort<TValue>(string name, Expression<Func<T, TValue>> member, string description)
    {
        Field<SortEnumType>(name).Description(description);
        fields[name] = (value, path) => [new SortKey(Compose(path, member), (SortDirection)value! == SortDirection.Descending)];
    }

    /// <summary>A related object sorted by the fields of its own sort input.</summary>
    protected void Nested<TInput, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TInput : SortInputGraphType<TValue>, new()
    {
        Field<TInput>(name).Description(description);
        var nested = new TInput();
        fields[name] = (value, path) => nested.ToSortKeys((IDictionary<string, object?>)value!, Compose(path, member));
    }

    /// <summary>The keys one input object asks for, in the order its fields are given.</summary>
    public IEnumerable<SortKey> ToSortKeys(IDictionary<string, object?> input, LambdaExpression? path = null) =>
        input.Where(f => f.Value is not null).SelectMany(f => fields[f.Key](f.Value, path ?? Identity));

    private static readonly LambdaExpression Identity = IdentityOf();

    private static LambdaExpression IdentityOf()
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda(row, row);
    }

    /// <summary><paramref name="path"/> (root → T) followed by <paramref name="member"/> (T → value).</summary>
    private static LambdaExpression Compose(LambdaExpression path, LambdaExpression member) =>
        Expression.Lambda(ParameterReplacer.Apply(member, path.Body), path.Parameters);
}
