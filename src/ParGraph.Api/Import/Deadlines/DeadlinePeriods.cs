using System.Globalization;
using System.Text.RegularExpressions;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Import.Deadlines;

/// <summary>One period a deadline phrase names: its kind and dates (start null for a single day).</summary>
internal sealed record DeadlinePeriod(DeadlineKind Kind, DateOnly? Start, DateOnly Due);

/// <summary>
/// Finds the periods in a folded phrase (lower case, no accents: "quy iii/2024"), the most specific
/// patterns first; each match is blanked out so that "15/12/2022" is not read again as "12/2022".
/// </summary>
internal static partial class DeadlinePeriods
{
    public static IReadOnlyList<DeadlinePeriod> Find(string folded, int? planYear)
    {
        var found = new List<(int Index, DeadlinePeriod Period)>();
        var text = folded;
        text = Take(text, HalfYear(), found, m => HalfYearOf(m, planYear));
        text = Take(text, Day(), found, DayOf);
        text = Take(text, Quarter(), found, m => QuarterOf(m, planYear));
        text = Take(text, Month(), found, m => MonthOf(m, planYear));
        text = Take(text, BareMonth(), found, m => MonthOf(m, null));
        text = Take(text, YearSpan(), found, YearSpanOf);
        Take(text, Year(), found, m => YearOf(Number(m, "y")));
        return found.OrderBy(f => f.Index).Select(f => f.Period).ToList();
    }

    private static string Take(string text, Regex pattern, List<(int, DeadlinePeriod)> found, Func<Match, DeadlinePeriod?> read)
    {
        var chars = text.ToCharArray();
        foreach (Match match in pattern.Matches(text))
        {
            if (read(match) is { } period)
            {
                found.Add((match.Index, period));
                Array.Fill(chars, ' ', match.Index, match.Length);
            }
        }

        return new string(chars);
    }

    private static DeadlinePeriod? HalfYearOf(Match m, int? planYear)
    {
        var year = m.Groups["y"].Success ? Number(m, "y") : planYear;
        if (year is not int y)
        {
            return null;
        }

        var second = m.Groups["part"].Value == "cuoi";
        var start = new DateOnly(y, second ? 7 : 1, 1);
        return new DeadlinePeriod(DeadlineKind.HalfYear, start, start.AddMonths(6).AddDays(-1));
    }

    private static DeadlinePeriod? DayOf(Match m)
    {
        int d = Number(m, "d"), mo = Number(m, "m"), y = Number(m, "y");
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DeadlinePeriod(DeadlineKind.Date, null, new DateOnly(y, mo, d))
            : null;
    }

    private static DeadlinePeriod? QuarterOf(Match m, int? planYear)
    {
        var year = m.Groups["y"].Success ? Number(m, "y") : planYear;
        var quarter = m.Groups["q"].Value switch
        {
            "i" or "1" => 1,
            "ii" or "2" => 2,
            "iii" or "3" => 3,
            _ => 4,
        };
        if (year is not int y)
        {
            return null;
        }

        var start = new DateOnly(y, (3 * quarter) - 2, 1);
        return new DeadlinePeriod(DeadlineKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    private static DeadlinePeriod? MonthOf(Match m, int? planYear)
    {
        var year = m.Groups["y"].Success ? Number(m, "y") : planYear;
        var month = Number(m, "m");
        if (year is not int y || month is < 1 or > 12)
        {
            return null;
        }

        var start = new DateOnly(y, month, 1);
        return new DeadlinePeriod(DeadlineKind.Month, start, start.AddMonths(1).AddDays(-1));
    }

    private static DeadlinePeriod? YearSpanOf(Match m)
    {
        int first = Number(m, "a"), last = Number(m, "b");
        return last > first
            ? new DeadlinePeriod(DeadlineKind.Range, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31))
            : null;
    }

    private static DeadlinePeriod YearOf(int year) =>
        new(DeadlineKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b0?6\s*thang\s*(?<part>dau|cuoi)?\s*nam\b(?:\s*(?<y>(?:19|20)\d{2})(?!\d))?")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})(?!\d)|\bngay\s*(?<d>\d{1,2})\s*thang\s*(?<m>\d{1,2})\s*nam\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Day();

    [GeneratedRegex(@"\bquy\s*(?<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:[/.-]|nam)\s*(?<y>(?:19|20)\d{2})(?!\d))?")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\bthang\s*(?<m>\d{1,2})\b(?:\s*(?:[/.-]|nam)\s*(?<y>(?:19|20)\d{2})(?!\d))?")]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<![\d/])(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20)\d{2})(?![\d/])")]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"(?<!\d)(?<a>(?:19|20)\d{2})\s*(?:[-–—]|den(?:\s*het)?(?:\s*nam)?)\s*(?<b>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\bnam\s*(?<y>(?:19|20)\d{2})(?!\d)|^\W*(?<y>(?:19|20)\d{2})\W*$")]
    private static partial Regex Year();
}
