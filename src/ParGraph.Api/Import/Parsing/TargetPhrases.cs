using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParGraph.Api.Kpis;

namespace ParGraph.Api.Import.Parsing;

/// <summary>The Vietnamese phrases around a target's number: comparators, target years, filler words.</summary>
internal static partial class TargetPhrases
{
    /// <summary>Single-spaced, NFC, trimmed.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>The comparator that ends <paramref name="before"/> (the text before the number), and where it starts.</summary>
    /// <remarks>
    /// No comparator word, or a bare "đạt", reads as GTE: a plan's "80% hồ sơ … được xử lý" or "đạt 90%"
    /// is a floor the province must reach, and exceeding it meets it (the national PAR index scores such
    /// objectives as met when the figure is reached or passed). "từ X% trở lên" is GTE; "từ X%" without
    /// "trở lên" is a range start and is not read (null).
    /// </remarks>
    public static (Comparator? Comparator, int Start) ComparatorBefore(string before, bool orMore)
    {
        var match = ComparatorWords().Match(before);
        if (!match.Success)
        {
            var reach = Reach().Match(before);
            return (Comparator.Gte, reach.Success ? reach.Index : before.Length);
        }

        Comparator? comparator = match.Groups["word"].Value.ToLowerInvariant() switch
        {
            "trên" or "hơn" => Comparator.Gt,
            "từ" => orMore ? Comparator.Gte : null,
            "bằng" => Comparator.Eq,
            "dưới" => Comparator.Lt,
            "không quá" or "không vượt quá" or "tối đa" => Comparator.Lte,
            _ => Comparator.Gte, // tối thiểu, ít nhất, không dưới, không thấp hơn
        };
        return (comparator, match.Index);
    }

    /// <summary>Target years stated in <paramref name="text"/> ("năm 2025", "đến năm 2030", "giai đoạn 2021-2025" → 2025);
    /// a baseline ("so với năm 2025") or a date ("ngày 15 tháng 7 năm 2021") is not a target year.</summary>
    public static IReadOnlyList<int> Years(string text) =>
        YearPhrase().Matches(text)
            .Select(m => int.Parse(m.Groups["end"].Success ? m.Groups["end"].Value : m.Groups["year"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();

    /// <summary>The indicator part of a text: without target-year phrases, filler and edge punctuation.</summary>
    public static string Clean(string text)
    {
        var cleaned = YearPhrase().Replace(text, " ");
        cleaned = Whitespace().Replace(cleaned, " ").Trim(' ', ',', ';', ':', '.', '/', '-', '+');
        cleaned = Filler().Replace(cleaned, string.Empty);
        return cleaned.Trim(' ', ',', ';', ':', '.', '/');
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:^|\s)(?:đạt\s+)?(?<word>không dưới|không thấp hơn|không vượt quá|không quá|tối thiểu|ít nhất|tối đa|trên|hơn|dưới|từ|bằng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparatorWords();

    [GeneratedRegex(@"(?:^|\s)đạt\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reach();

    [GeneratedRegex(@"(?<!(?:so với|kỳ|tháng \d{1,2})\s)(?:(?:đến|tới|trong|vào|cuối)\s+)?năm\s+(?<year>\d{4})\b(?!\s*[-–]\s*\d)|(?<!so với\s)giai đoạn\s+(?<year>\d{4})\s*[-–]\s*(?<end>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex YearPhrase();

    [GeneratedRegex(@"^(?:(?:trong đó|mục tiêu|tiếp tục|phấn đấu)\s*,?\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
