using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads the PAPI framework's tab-separated table into logical rows: page headers dropped, HTML list
/// markup stripped, a row broken by a page break joined back together, and lower-case fragments of a
/// dimension or sub-dimension name (the rest of a merged cell on the next page) appended to the name.
/// </summary>
internal static partial class PapiTableReader
{
    public const int Columns = 7;
    public const int DimensionCell = 0, SubDimensionCell = 1, TaskCell = 2, MethodCell = 3, GuidingCell = 4, ImplementingCell = 5, TimingCell = 6;

    /// <summary>A label cell (dimension or sub-dimension) with the line it is printed on.</summary>
    public sealed record Label(string Text, int Column, int Line)
    {
        public bool Joined { get; init; }
    }

    /// <summary>One table row: cells 2–6 joined across a page break; labels printed on it, or carried from the continued row before it.</summary>
    public sealed class Row(int line, string[] cells)
    {
        public int Line { get; } = line;
        public string[] Cells { get; } = cells;
        public List<Label> Labels { get; } = [];
    }

    public static IReadOnlyList<Row> Read(string[] lines, List<ImportWarning> warnings)
    {
        var rows = new List<Row>();
        var afterHeader = false;
        var carried = new List<Label>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i + 1;
            if (!lines[i].Contains('\t'))
            {
                if (rows.Count > 0 && lines[i].Trim().Length > 0)
                {
                    warnings.Add(new(line, $"Text outside the table skipped: \"{Clip(lines[i])}\"."));
                }

                continue;
            }

            var cells = SplitCells(lines[i], line, warnings);
            if (IsHeader(cells))
            {
                afterHeader = true;
                continue;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (afterHeader && rows.Count > 0 && IsContinuation(cells))
            {
                var previous = rows[^1];
                for (var c = TaskCell; c < Columns; c++)
                {
                    previous.Cells[c] = Join(previous.Cells[c], cells[c]);
                }

                AddLabels(rows, cells, line, carried, carryUpperCase: true, warnings);
            }
            else
            {
                var row = new Row(line, cells);
                rows.Add(row);
                row.Labels.AddRange(carried);
                carried.Clear();
                AddLabels(rows, cells, line, carried, carryUpperCase: false, warnings);
            }

            afterHeader = false;
        }

        return rows;
    }

    private static void AddLabels(
        List<Row> rows, string[] cells, int line, List<Label> carried, bool carryUpperCase, List<ImportWarning> warnings)
    {
        foreach (var column in new[] { DimensionCell, SubDimensionCell })
        {
            var text = cells[column];
            if (text.Length == 0)
            {
                continue;
            }

            var earlier = rows.SelectMany(r => r.Labels).LastOrDefault(l => l.Column == column);
            if (StartsLowerCase(text) && earlier is not null)
            {
                var owner = rows.Last(r => r.Labels.Contains(earlier));
                owner.Labels[owner.Labels.IndexOf(earlier)] =
                    earlier with { Text = Join(earlier.Text, text), Joined = true };
            }
            else if (carryUpperCase)
            {
                carried.Add(new Label(text, column, line));
                warnings.Add(new(line, $"\"{Clip(text)}\" is printed beside the end of the row continued from the page before; read as the heading of the next row."));
            }
            else
            {
                rows[^1].Labels.Add(new Label(text, column, line));
            }
        }
    }

    /// <summary>The first row after a page header continues the row before it when a cell starts in lower case.</summary>
    private static bool IsContinuation(string[] cells) => cells.Skip(TaskCell).Any(StartsLowerCase);

    private static bool IsHeader(string[] cells) =>
        cells.Length >= 3 && cells[SubDimensionCell] == "Nội dung thành phần" && cells[TaskCell].StartsWith("Nội dung công việc", StringComparison.Ordinal);

    private static string[] SplitCells(string text, int line, List<ImportWarning> warnings)
    {
        var raw = text.Split('\t').Select(Clean).ToList();
        if (raw.Count != Columns)
        {
            warnings.Add(new(line, $"Row has {raw.Count} cells where the table has {Columns}; extra cells are joined to the last."));
            while (raw.Count < Columns)
            {
                raw.Add("");
            }

            raw[Columns - 1] = string.Join(" ", raw.Skip(Columns - 1).Where(c => c.Length > 0));
        }

        return raw.Take(Columns).ToArray();
    }

    /// <summary>Cell text without HTML tags or entities, single-spaced.</summary>
    public static string Clean(string cell) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(cell, " ")), " ").Trim();

    public static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;

    public static bool StartsLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    public static string Clip(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "…";

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
