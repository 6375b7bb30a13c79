using System.Linq.Expressions;
using ParGraph.Server.Expressions;

namespace ParGraph.Server.Filtering;

/// <summary>How <c>contains</c>, <c>startsWith</c> and <c>endsWith</c> compare text (the product makes them accent-insensitive).</summary>
public interface ITextMatching
{
    /// <param name="kind">contains, startsWith or endsWith.</param>
    Expression Match(Expression member, string value, string kind);
}

/// <summary>Case-insensitive matching, for databases without an accent folding function.</summary>
public sealed class CaseInsensitiveTextMatching : ITextMatching
{
    public Expression Match(Expression member, string value, string kind)
    {
        var lower = Expression.Call(member, nameof(string.ToLower), null);
        return Expression.Call(lower, kind switch
        {
            "startsWith" => nameof(string.StartsWith),
            "endsWith" => nameof(string.EndsWith),
            _ => nameof(string.Contains),
        }, null, QueryParameter.Of(value.ToLowerInvariant(), typeof(string)));
    }
}
