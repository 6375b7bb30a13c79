using System.Text.RegularExpressions;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>Cuts the responsibility cells out of the real texts of 000 and 002 (test-only, not an importer).</summary>
internal static partial class SeedDocumentCells
{
    /// <summary>
    /// 000: after the appendix heading every cell starts on a line led by a tab; lines without one
    /// continue the cell above. A row is a number cell followed by task, product, deadline and
    /// responsibility; the first row, whose number was lost, is skipped.
    /// </summary>
    public static IReadOnlyList<string> ResponsibilityCellsOf000(string text)
    {
        var appendix = text[text.IndexOf("PHỤ LỤC", StringComparison.Ordinal)..];
        var cells = new List<string>();
        foreach (var line in appendix.Split('\n'))
        {
            if (line.TrimStart(' ').StartsWith('\t'))
            {
                cells.Add(line.Trim());
            }
            else if (line.Trim().Length > 0 && cells.Count > 0)
            {
                cells[^1] += " " + line.Trim();
            }
        }

        return cells
            .Select((cell, index) => (cell, index))
            .Where(c => RowNumber().IsMatch(c.cell) && c.index + 4 < cells.Count)
            .Select(c => cells[c.index + 4])
            .ToList();
    }

    /// <summary>
    /// 002: rows are tab-separated "No. · task · lead · coordinating · deadline · product"; a line
    /// that starts with an empty cell continues the row above, column by column.
    /// </summary>
    public static IReadOnlyList<(string Number, string Lead, string Coordinating)> AssignmentCellsOf002(string text)
    {
        var rows = new List<string[]>();
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split('\t').Select(f => Markup().Replace(f, " ").Trim()).ToArray();
            if (fields.Length >= 4 && NumberedRow().IsMatch(fields[0]))
            {
                rows.Add(fields);
            }
            else if (fields.Length >= 4 && fields[0].Length == 0 && rows.Count > 0)
            {
                var row = rows[^1];
                for (var i = 1; i < Math.Min(row.Length, fields.Length); i++)
                {
                    row[i] = (row[i] + " " + fields[i]).Trim();
                }
            }
        }

        return rows.Select(r => (r[0], r[2], r[3])).ToList();
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex NumberedRow();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}
