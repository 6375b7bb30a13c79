namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Cuts the appendix of an annual plan (000) into cells: a line led by a tab (possibly after a space)
/// opens a cell, further tabs on it open more; a line without one continues the last cell (see
/// <see cref="CellText"/>); blank lines are ignored. Yields each non-empty cell with its first line.
/// </summary>
internal static class AnnualPlanCells
{
    public static IEnumerable<(int Line, string Value)> Read(IReadOnlyList<string> lines, TaskTableBuilder builder)
    {
        var start = Appendix(lines);
        if (start < 0)
        {
            builder.Warn(1, "No \"PHỤ LỤC\" (appendix) heading; the whole text was read as the table.");
        }

        var cells = new List<(int Line, CellText Text)>();
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimStart(' ').StartsWith('\t'))
            {
                foreach (var field in line.TrimStart(' ')[1..].Split('\t'))
                {
                    cells.Add((i + 1, new CellText().Append(field)));
                }
            }
            else if (line.Trim().Length > 0 && cells.Count > 0)
            {
                cells[^1].Text.Append(line);
            }
        }

        return cells.Where(c => !c.Text.IsEmpty).Select(c => (c.Line, c.Text.Value!));
    }

    private static int Appendix(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (VietnameseText.Fold(lines[i]).StartsWith("phu luc", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
