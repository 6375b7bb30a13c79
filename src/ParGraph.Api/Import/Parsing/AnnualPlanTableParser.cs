using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads the appendix table of an annual PAR plan (000): after "PHỤ LỤC" every cell starts on a line
/// led by a tab, and lines without one continue the cell above. A row is a number cell followed by
/// task · product · deadline · responsibility; a section is a numeral cell ("II") and an upper-case
/// heading, which the document may print several times or without its numeral. Cells printed
/// before any number (the first row, whose number and title were lost) form a row of their own,
/// read from the right (responsibility, deadline, product), with a warning. The preamble and the
/// objectives before the appendix are not read here.
/// </summary>
public sealed partial class AnnualPlanTableParser : IDocumentParser
{
    public DocumentLayout Layout => DocumentLayout.AnnualPlanTable;

    public bool Recognizes(string text)
    {
        var lines = TableLines.Split(text);
        return lines.Any(line => AppendixTitle().IsMatch(VietnameseText.Fold(line)))
            && lines.Count(line => NumberCell().IsMatch(line)) >= 3;
    }

    public ParsedDocument Parse(string text)
    {
        var builder = new TaskTableBuilder(Layout);
        string? code = null;
        Row? row = null;
        foreach (var (line, value) in AnnualPlanCells.Read(TableLines.Split(text), builder))
        {
            if (ColumnHeaders.IsLabel(value))
            {
                continue;
            }

            if (Numeral().IsMatch(value))
            {
                Flush(builder, ref row);
                code = value.TrimEnd('.');
            }
            else if (IsHeading(value))
            {
                Flush(builder, ref row);
                var inline = InlineNumeral().Match(value);
                builder.Heading(inline.Success ? inline.Groups["code"].Value : code,
                    inline.Success ? inline.Groups["title"].Value : value, line);
                code = null;
            }
            else if (RowNumber().IsMatch(value))
            {
                Flush(builder, ref row);
                row = new Row(value.TrimEnd('.'), line);
            }
            else
            {
                row ??= new Row(null, line);
                row.Cells.Add(value);
            }
        }

        Flush(builder, ref row);
        return builder.Build();
    }

    private static void Flush(TaskTableBuilder builder, ref Row? row)
    {
        if (row is null)
        {
            return;
        }

        var cells = row.Cells;
        if (cells.Count > 4)
        {
            builder.Warn(row.Line, $"Row {row.Number} has {cells.Count} cells, expected 4; the extra ones are added to the responsibility.");
            cells[3] = string.Join('\n', cells.Skip(3));
        }

        // A row without its number lost its leading cells: read the rest from the right.
        var missing = row.Number is null ? 4 - Math.Min(cells.Count, 4) : 0;
        string? Cell(int column) => column - missing is var i && i >= 0 && i < cells.Count ? cells[i] : null;
        if (row.Number is null)
        {
            builder.Warn(row.Line, Cell(0) is null
                ? "Row without number and task title (lost in the document); kept with its product, deadline and responsibility."
                : "Row without a number (lost in the document); kept.");
        }
        else if (cells.Count < 4)
        {
            builder.Warn(row.Line, $"Row {row.Number} has {cells.Count} cells, expected 4 (task, product, deadline, responsibility).");
        }

        builder.Task(row.Number, Cell(0), Cell(1), Cell(2), Cell(3), null, null, row.Line);
        row = null;
    }

    /// <summary>An upper-case heading such as "CẢI CÁCH TÀI CHÍNH CÔNG" (no lower-case letter, several words).</summary>
    private static bool IsHeading(string value) =>
        !value.Any(char.IsLower) && value.Count(char.IsLetter) >= 6 && value.Contains(' ');

    private sealed record Row(string? Number, int Line)
    {
        public List<string> Cells { get; } = [];
    }

    [GeneratedRegex(@"nhiem vu.*san pham.*tien do.*trach nhiem")]
    private static partial Regex AppendixTitle();

    [GeneratedRegex(@"^ ?\t\d+\s*$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^[IVX]{1,4}\.?$")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"^(?<code>[IVX]{1,4})[.\s]\s*(?<title>.+)$", RegexOptions.Singleline)]
    private static partial Regex InlineNumeral();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex RowNumber();
}
