using static ParGraph.Api.Import.Parsing.ProgressReportColumns;

namespace ParGraph.Api.Import.Parsing;

/// <summary>The lines of one numbered row of the progress report, in segments cut by page breaks.</summary>
internal sealed class ProgressReportRow(int sectionIndex, string? number, int line)
{
    private readonly List<List<Line>> segments = [[]];

    public void Add(Line line) => segments[^1].Add(line);

    public void BreakPage()
    {
        if (segments[^1].Count > 0)
        {
            segments.Add([]);
        }
    }

    public ParsedTask ToTask(List<ImportWarning> warnings)
    {
        var cells = Enumerable.Range(0, Count).Select(_ => new List<string>()).ToArray();
        var first = true;
        foreach (var segment in segments.Where(s => s.Count > 0))
        {
            var columns = Attribute(segment, startsRow: first, cells);
            for (var i = 0; i < segment.Count; i++)
            {
                cells[columns[i]].Add(segment[i].Text);
                if (TooWide(segment[i], columns[i]))
                {
                    warnings.Add(new(segment[i].Number, $"Line holds text of several columns (\"{segment[i].Text}\"); kept whole in the {Names[columns[i]]} of row {number ?? "?"}."));
                }
            }

            if (!first)
            {
                var parts = Enumerable.Range(0, Count).Where(c => columns.Contains(c))
                    .Select(c => $"{Names[c]} {columns.Count(k => k == c)}");
                warnings.Add(new(segment[0].Number, $"Row {number ?? "?"} goes on after a page break: lines {segment[0].Number}–{segment[^1].Number} attributed by column width ({string.Join(", ", parts)} lines); check them."));
            }

            first = false;
        }

        string? Text(int column) => cells[column].Count == 0 ? null : string.Join(" ", cells[column]).Replace("  ", " ", StringComparison.Ordinal).Trim();
        foreach (var missing in new[] { TaskColumn, ScheduleColumn, AssignmentColumn, ResultColumn }.Where(c => cells[c].Count == 0))
        {
            warnings.Add(new(line, $"No {Names[missing]} text found for row {number ?? "?"}."));
        }

        return new ParsedTask(sectionIndex, number, Text(TaskColumn), Text(ProductColumn), Text(ScheduleColumn), Text(AssignmentColumn), null, null, Text(ResultColumn), line);
    }
}
