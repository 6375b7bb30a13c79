using System.Collections;
using System.Linq.Expressions;

namespace ParGraph.Server.Expressions;

/// <summary>A value as a closure member, which EF Core sends as a SQL parameter rather than a literal.</summary>
internal static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    /// <summary>The values as one <c>IEnumerable&lt;elementType&gt;</c> parameter (for <c>= ANY (…)</c>).</summary>
    public static Expression List(IEnumerable values, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var value in values)
        {
            list.Add(value);
        }

        return Of(list, typeof(IEnumerable<>).MakeGenericType(elementType));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
