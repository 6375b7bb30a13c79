using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Attributes the lines of one row of the progress report to its columns. The PDF extraction prints a
/// row's cells one after another (task, product, schedule, assignment, result), each wrapped to its
/// column's width; a page break starts the remaining lines of each cell again in that order. The
/// columns are told apart by width (a line that would have held the next word did not wrap, so the
/// next line starts another cell), by how cells start, and by schedule wording.
/// </summary>
internal static partial class ProgressReportColumns
{
    public const int TaskColumn = 0, ProductColumn = 1, ScheduleColumn = 2, AssignmentColumn = 3, ResultColumn = 4, Count = 5;

    /// <summary>Characters a full line of each column holds (the font is proportional: a guide, not a rule).</summary>
    private static readonly int[] Widths = [27, 15, 12, 23, 36];

    public static readonly string[] Names = ["task", "product", "schedule", "assignment", "result"];

    public sealed record Line(int Number, string Text);

    /// <summary>The column of each line of a segment; <paramref name="startsRow"/> fixes the first line in the task column.</summary>
    /// <param name="before">For a segment after a page break: each column's lines in the segments before it.</param>
    public static int[] Attribute(IReadOnlyList<Line> lines, bool startsRow, IReadOnlyList<string>[] before)
    {
        var n = lines.Count;
        var cost = new double[n, Count];
        var from = new int[n, Count];
        for (var c = 0; c < Count; c++)
        {
            cost[0, c] = startsRow && c != TaskColumn ? double.PositiveInfinity : Fit(lines[0], c) + (startsRow ? 0 : Carry(before, c, lines[0]));
        }

        for (var i = 1; i < n; i++)
        {
            for (var c = 0; c < Count; c++)
            {
                cost[i, c] = double.PositiveInfinity;
                for (var p = 0; p < Count; p++)
                {
                    var step = Step(lines[i - 1], lines[i], p, c, startsRow)
                        + (c != p && !startsRow ? Carry(before, c, lines[i]) : 0);
                    if (cost[i - 1, p] + step < cost[i, c])
                    {
                        (cost[i, c], from[i, c]) = (cost[i - 1, p] + step, p);
                    }
                }

                cost[i, c] += Fit(lines[i], c);
            }
        }

        var columns = new int[n];
        var best = Enumerable.Range(0, Count).MinBy(c => cost[n - 1, c]);
        for (var i = n - 1; i >= 0; i--)
        {
            columns[i] = best;
            best = from[i, best];
        }

        return columns;
    }

    public static bool TooWide(Line line, int column) => line.Text.Length > Widths[column] + 2;

    private static double Fit(Line line, int column) => TooWide(line, column) ? 20 + line.Text.Length - Widths[column] : 0;

    /// <summary>
    /// Cost of a continued cell starting column <paramref name="c"/>: a cell carries on after a page break
    /// when it filled its part of the page (as many lines as the longest cell) and its last line wrapped.
    /// </summary>
    private static double Carry(IReadOnlyList<string>[] before, int c, Line line)
    {
        var longest = before.Max(b => b.Count);
        if (before[c].Count == 0)
        {
            return 2;
        }

        var last = before[c][^1];
        return (before[c].Count < longest - 1 ? 3 : 0) + ((longest - before[c].Count) * 0.2)
            + (last.EndsWith('.') ? 1.5 : 0)
            + (c == ScheduleColumn ? 2 : 0)
            + Room(last, line.Text, c);
    }

    /// <summary>Cost of a line break that did not need to happen: the next word would have fitted.</summary>
    private static double Room(string previous, string next, int c)
    {
        var room = Widths[c] - Width(previous) - 1 - Width(FirstWord(next));
        return room >= 5 && !StartsItem(next) ? Math.Min(room - 4, 8) * 0.6 : 0;
    }

    /// <summary>Approximate printed width in average characters: capitals and digits are wider.</summary>
    private static double Width(string text) => text.Length + (0.4 * text.Count(char.IsUpper)) + (0.15 * text.Count(char.IsDigit));

    private static double Step(Line previous, Line line, int p, int c, bool firstSegment)
    {
        if (c == p)
        {
            // Pieces of one printed line were split apart because they belong to different cells.
            return (previous.Number == line.Number ? 10 : 0)
                + Room(previous.Text, line.Text, c)
                + (StartsItem(line.Text) && c == TaskColumn ? 1 : 0)
                + (ScheduleTail().IsMatch(line.Text) ? (c == ScheduleColumn ? -1 : 2) : 0)
                + (ScheduleStart().IsMatch(line.Text) && c <= ProductColumn ? 2 : 0);
        }

        // A word hyphenated at the end of a line ("E-" / "Office"), or a lead-in ending in ':', goes on in the same cell.
        var carriesOn = HyphenatedEnd().IsMatch(previous.Text) || previous.Text.EndsWith(':') ? 5 : 0;

        // A row may hold a second product/assignment pair under the same task (a sub-row).
        if (c < p && !(c == ProductColumn && p >= AssignmentColumn))
        {
            return double.PositiveInfinity;
        }

        var cost = carriesOn + (c < p ? 6 : firstSegment ? (c - p - 1) * 1.5 : 0);
        if (firstSegment && (char.IsLower(line.Text[0]) || char.IsDigit(line.Text[0])))
        {
            cost += char.IsLower(line.Text[0]) ? 4 : 1;
        }

        if (c == ScheduleColumn)
        {
            cost += ScheduleStart().IsMatch(line.Text) ? -2 : 3;
        }

        return cost;
    }

    private static bool StartsItem(string text) => text[0] is '-' or '+' or '–' or '•';

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    [GeneratedRegex(@"^[IV]+/\d{4}$")]
    private static partial Regex ScheduleTail();

    [GeneratedRegex(@"\S-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^(Trong (năm|Quý|quý|tháng)|Theo (tiến độ|Kế|kế)|Quý|Thường xuyên|Thường$|Tháng( \d|$)|Năm \d|Từ (Quý|năm|tháng)|Thực hiện$|Hàng (năm|quý|tháng)|Định kỳ|Trước ngày)")]
    private static partial Regex ScheduleStart();
}
