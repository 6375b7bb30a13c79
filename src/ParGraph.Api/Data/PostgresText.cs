using System.Linq.Expressions;
using ParGraph.Api.Import.Parsing;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Data;

/// <summary>
/// Vietnamese text matching in PostgreSQL: <c>unaccent(lower(column))</c> against the folded search
/// text, so "so hoa" finds "Số hóa" (đ folds to d on both sides).
/// </summary>
public sealed class PostgresText : ITextMatching
{
    /// <summary>PostgreSQL's <c>unaccent(text)</c> (extension unaccent); only for use in queries.</summary>
    public static string Unaccent(string text) => throw new InvalidOperationException("unaccent runs in PostgreSQL only.");

    public Expression Match(Expression member, string value, string kind)
    {
        var folded = Expression.Call(typeof(PostgresText).GetMethod(nameof(Unaccent))!, Expression.Call(member, nameof(string.ToLower), null));
        var pattern = FilterExpressions.Parameter(VietnameseText.Fold(value), typeof(string));
        return Expression.Call(folded, kind switch
        {
            "startsWith" => nameof(string.StartsWith),
            "endsWith" => nameof(string.EndsWith),
            _ => nameof(string.Contains),
        }, null, pattern);
    }
}
