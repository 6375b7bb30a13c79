using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Import.Parsing;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Data;

/// <summary>
/// Vietnamese text matching in PostgreSQL: <c>f_unaccent(lower(column)) LIKE pattern</c> with the
/// search text folded the same way, so "so hoa" finds "Số hóa" (đ folds to d on both sides). The
/// expression is the one the trigram (GIN) indexes of migration TextSearch are built on.
/// </summary>
public sealed class PostgresText : ITextMatching
{
    private static readonly MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    /// <summary>PostgreSQL's <c>f_unaccent(text)</c>: an immutable wrapper of <c>unaccent</c>, so it can be indexed.</summary>
    public static string Unaccent(string text) => throw new InvalidOperationException("f_unaccent runs in PostgreSQL only.");

    public Expression Match(Expression member, string value, string kind)
    {
        var folded = Expression.Call(typeof(PostgresText).GetMethod(nameof(Unaccent))!, Expression.Call(member, nameof(string.ToLower), null));
        var text = Escape(VietnameseText.Fold(value));
        var pattern = kind switch
        {
            "startsWith" => text + "%",
            "endsWith" => "%" + text,
            _ => "%" + text + "%",
        };
        return Expression.Call(Like, Expression.Constant(EF.Functions), folded, FilterExpressions.Parameter(pattern, typeof(string)));
    }

    /// <summary>LIKE's wildcards and PostgreSQL's default escape character, taken literally.</summary>
    private static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
