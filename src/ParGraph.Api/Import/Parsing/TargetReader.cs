using System.Globalization;
using System.Text.RegularExpressions;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Finds the numeric objectives in one paragraph of prose (a goal, a bullet, a sentence) and returns them as
/// <see cref="ParsedTarget"/>s. Only percentages are read (and a rank "trong nhóm N tỉnh … dẫn đầu"): the other
/// numbers of these documents are document numbers, dates, counts of levels or years, never targets.
/// Conservative: a percentage whose indicator, comparator or year cannot be read becomes a warning, not a guess.
/// </summary>
/// <remarks>
/// A paragraph is cut into clauses at sentence ends, ";" and "trong đó", and a clause into one piece per
/// percentage at "," and "và". The number either ends its piece ("Mức độ hài lòng … đạt tối thiểu 90%": the
/// indicator is before it) or starts it ("80% hồ sơ … được xử lý": after it). A piece that starts with "đối với"
/// or "về", or has no words of its own ("…, đến năm 2030 đạt 95%"), continues the previous piece's indicator.
/// </remarks>
public static partial class TargetReader
{
    public static IReadOnlyList<ParsedTarget> Read(
        string paragraph, int line, int? defaultYear, ReformArea? area, ICollection<ImportWarning> warnings)
    {
        var text = ListMarker().Replace(TargetPhrases.Normalize(paragraph), string.Empty);
        var targets = new List<ParsedTarget>();
        int? year = null;
        string? previous = null;
        foreach (var clause in Clauses().Split(text))
        {
            foreach (var piece in TargetPieces.Split(clause))
            {
                var years = TargetPhrases.Years(piece.Text);
                if (years.Count > 1)
                {
                    warnings.Add(new ImportWarning(line, $"Target not read: several years in \"{piece.Text}\"."));
                    continue;
                }

                year = years.Count == 1 ? years[0] : year;
                var target = ReadPiece(piece, previous, year ?? defaultYear, text, line, area, warnings);
                if (target is not null)
                {
                    targets.Add(target);
                    previous = target.Indicator;
                }
            }
        }

        return RankTargets.Read(text, line, year ?? defaultYear, area, warnings, targets);
    }

    private static ParsedTarget? ReadPiece(
        TargetPieces.Piece piece, string? previous, int? year, string text, int line, ReformArea? area, ICollection<ImportWarning> warnings)
    {
        var number = piece.Number;
        var before = piece.Text[..number.Index];
        var after = (piece.Text[(number.Index + number.Length)..] + " " + piece.Predicate).Trim();
        var orMore = after.StartsWith("trở lên", StringComparison.OrdinalIgnoreCase);
        after = orMore ? after["trở lên".Length..] : after;
        var (comparator, start) = TargetPhrases.ComparatorBefore(before, orMore);
        var indicator = TargetPhrases.Clean(TargetPhrases.Clean(before[..start]) + " " + TargetPhrases.Clean(after));
        indicator = Continue(indicator, previous);
        var problem = piece.Numbers > 1 ? "several numbers" : before.Count(c => c == '(') > before.Count(c => c == ')') ? "in parentheses"
            : comparator is null ? "no comparator" : year is null ? "no year"
            : TargetPhrases.WordCount(indicator) < 2 ? "no readable indicator" : null;
        if (problem is not null)
        {
            warnings.Add(new ImportWarning(line, $"Target not read ({problem}): \"{piece.Text}\"."));
            return null;
        }

        var value = double.Parse(number.Groups["value"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        return new ParsedTarget(
            TargetPhrases.Capitalize(indicator), year!.Value, comparator!.Value, value, KpiUnit.Percent, text, line, area);
    }

    /// <summary>"đối với …"/"về …" borrows the head of the previous indicator; an empty indicator repeats it.</summary>
    private static string Continue(string indicator, string? previous)
    {
        if (previous is null)
        {
            return indicator;
        }

        if (TargetPhrases.WordCount(indicator) < 2)
        {
            return previous;
        }

        var preposition = Preposition().Match(indicator);
        if (!preposition.Success)
        {
            return indicator;
        }

        var head = previous.IndexOf(" " + preposition.Value.Trim() + " ", StringComparison.OrdinalIgnoreCase);
        return head > 0 ? previous[..head] + " " + indicator : indicator;
    }

    [GeneratedRegex(@"^(?:[-+•*]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})|;\s*|,?\s*\b(?i:trong đó)\b\s*,?\s*")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^(?:đối với|về)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();
}
