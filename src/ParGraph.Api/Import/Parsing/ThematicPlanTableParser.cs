using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads the appendix table of a thematic plan (002): one tab-separated line per row under the header
/// "Stt · Tên nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp · Thời hạn Hoàn thành · Sản phẩm" (columns
/// found by their labels). A line whose first cell is a numeral ("I", "III Hiện đại hóa …") opens a
/// section; a line whose first cell is empty continues the row above column by column (rows broken
/// at page breaks); the header reprinted after a page break and ruler lines ("-----") are skipped.
/// Lead and coordinating cells go to <see cref="ParsedTask.LeadText"/> and <see cref="ParsedTask.CoordinatingText"/>.
/// </summary>
public sealed partial class ThematicPlanTableParser : IDocumentParser
{
    public DocumentLayout Layout => DocumentLayout.ThematicPlanTable;

    public bool Recognizes(string text) => TableLines.Split(text).Any(line => ThematicColumns.FromHeader(line) is not null);

    public ParsedDocument Parse(string text)
    {
        var builder = new TaskTableBuilder(Layout);
        var lines = TableLines.Split(text);
        var header = lines.ToList().FindIndex(line => ThematicColumns.FromHeader(line) is not null);
        if (header < 0)
        {
            builder.Warn(1, "No header row (Stt · Tên nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp · Thời hạn · Sản phẩm); nothing was read.");
            return builder.Build();
        }

        var columns = ThematicColumns.FromHeader(lines[header])!;
        Row? row = null;
        for (var i = header + 1; i < lines.Count; i++)
        {
            var fields = lines[i].Split('\t');
            var first = CellText.Join([fields[0]]) ?? "";
            if (lines[i].Trim().Length == 0 || Ruler().IsMatch(lines[i]) || ThematicColumns.FromHeader(lines[i]) is not null)
            {
                continue;
            }

            if (RowNumber().IsMatch(first))
            {
                Flush(builder, columns, ref row);
                row = new Row(first.TrimEnd('.'), i + 1);
                row.Append(fields);
            }
            else if (Heading().Match(first) is { Success: true } heading)
            {
                Flush(builder, columns, ref row);
                var title = heading.Groups["title"].Value.Length > 0 ? heading.Groups["title"].Value : CellText.Join(fields.Skip(1)) ?? "";
                builder.Heading(heading.Groups["code"].Value, title, i + 1);
            }
            else if (first.Length == 0 && fields.Length > 1 && row is not null)
            {
                row.Append(fields);
            }
            else
            {
                builder.Warn(i + 1, $"Line not read as part of the table: \"{Shorten(lines[i])}\".");
            }
        }

        Flush(builder, columns, ref row);
        return builder.Build();
    }

    private static void Flush(TaskTableBuilder builder, ThematicColumns columns, ref Row? row)
    {
        if (row is null)
        {
            return;
        }

        var cells = row.Cells;
        string? Cell(int column) => column >= 0 && column < cells.Count ? cells[column].Value : null;
        if (Cell(columns.Title) is null)
        {
            builder.Warn(row.Line, $"Row {row.Number} has no task title.");
        }

        builder.Task(row.Number, Cell(columns.Title), Cell(columns.Product), Cell(columns.Deadline),
            null, Cell(columns.Lead), Cell(columns.Coordinating), row.Line);
        row = null;
    }

    private static string Shorten(string line)
    {
        var single = VietnameseText.SingleSpace(line);
        return single.Length <= 60 ? single : single[..60] + "…";
    }

    private sealed record Row(string Number, int Line)
    {
        public List<CellText> Cells { get; } = [];

        /// <summary>Adds each field to the cell of its column (a continuation line adds to the cells above).</summary>
        public void Append(string[] fields)
        {
            for (var i = 1; i < fields.Length; i++)
            {
                while (Cells.Count <= i)
                {
                    Cells.Add(new CellText());
                }

                Cells[i].Append(fields[i]);
            }
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?<code>[IVX]{1,4})(?:\.|\s+|$)\s*(?<title>.*)$", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[\s\-|:=_]*-[\s\-|:=_]*$")]
    private static partial Regex Ruler();
}
