using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>Text helpers for matching Vietnamese phrases whatever their case, accents or spacing.</summary>
public static partial class VietnameseText
{
    /// <summary>
    /// Lower case, without diacritics ('đ' → 'd'), single-spaced, trimmed: "CẢI CÁCH THỂ CHẾ" and
    /// "Cải cách thể  chế" both fold to "cai cach the che"; "hoá" and "hóa" both to "hoa".
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'Đ' ? 'd' : c);
            }
        }

        return SingleSpace(folded.ToString().ToLowerInvariant());
    }

    /// <summary>Runs of whitespace (line breaks included) become one space; the result is trimmed.</summary>
    public static string SingleSpace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
