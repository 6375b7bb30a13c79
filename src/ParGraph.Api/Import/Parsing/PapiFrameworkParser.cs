using System.Text;
using ParGraph.Api.Plans;
using static ParGraph.Api.Import.Parsing.PapiTableReader;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads 001, the framework of tasks to improve the PAPI index: one section per PAPI sub-dimension
/// (code "d.s", title "dimension — sub-dimension"; a dimension printed without sub-dimensions is a
/// section of its own, code "d"), numbered in order of appearance since the table prints no numbers.
/// Area is OTHER: PAPI dimensions are survey dimensions, not reform areas. Task = the work
/// (Nội dung công việc), Product = the method, CoordinatingText = the guiding/inspecting agency,
/// LeadText = the implementing agency or person, DeadlineText = the timing.
/// </summary>
public sealed class PapiFrameworkParser : IDocumentParser
{
    private const string Dash = " — ";

    public DocumentLayout Layout => DocumentLayout.PapiFramework;

    public bool Recognizes(string text) =>
        text.Contains("PAPI", StringComparison.Ordinal)
        && text.Contains("Nội dung thành phần", StringComparison.Ordinal)
        && text.Contains("Cách thức triển khai", StringComparison.Ordinal);

    public ParsedDocument Parse(string text)
    {
        var warnings = new List<ImportWarning>();
        var lines = text.Normalize(NormalizationForm.FormC).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var rows = Read(lines, warnings);
        var sections = new List<ParsedSection>();
        var dimensionNumbers = new List<string>();
        var subCounts = new Dictionary<string, int>();
        var tasks = new List<ParsedTask>();
        string? dimension = null;
        string? sub = null;
        var sectionIndex = -1;

        foreach (var row in rows)
        {
            string? taskFromLabel = null;
            var headingLine = 0;
            foreach (var label in row.Labels)
            {
                var read = ReadLabel(label, row.Line, dimension, warnings);
                if (read is null)
                {
                    taskFromLabel = label.Text;
                }
                else if (read.Value.Sub is not null || read.Value.Dimension != dimension)
                {
                    (dimension, sub, headingLine) = (read.Value.Dimension, read.Value.Sub, label.Line);
                }
            }

            if (headingLine > 0 && dimension is not null)
            {
                var title = sub is null ? dimension : dimension + Dash + sub;
                sectionIndex = sections.FindIndex(s => s.Title == title);
                if (sectionIndex < 0)
                {
                    sections.Add(new ParsedSection(Code(dimension, sub, dimensionNumbers, subCounts), title, ReformArea.Other, headingLine));
                    sectionIndex = sections.Count - 1;
                }
            }

            tasks.Add(ReadTask(row, sectionIndex, taskFromLabel, tasks, warnings));
        }

        return new ParsedDocument(Layout, sections, tasks, [], warnings);
    }

    /// <summary>The dimension and sub-dimension a label names, or null when it holds task text instead.</summary>
    private static (string Dimension, string? Sub)? ReadLabel(Label label, int rowLine, string? dimension, List<ImportWarning> warnings)
    {
        var match = PapiIndex.Find(label.Text);
        if (match is null)
        {
            if (label.Column == SubDimensionCell && LooksLikeTask(label.Text))
            {
                warnings.Add(new(label.Line, $"Task text printed in the sub-dimension column: \"{Clip(label.Text)}\"; read as the task."));
                return null;
            }

            warnings.Add(new(label.Line, $"\"{label.Text}\" is not a PAPI {(label.Column == DimensionCell ? "dimension" : "sub-dimension")}; kept as printed."));
            return label.Column == DimensionCell ? (label.Text, null) : (dimension ?? "(no dimension)", label.Text);
        }

        var entry = match.Entry;
        var keepPrinted = match.Score >= 0.999 || (!label.Joined && match.Score >= 0.75);
        var name = keepPrinted ? label.Text : entry.Name;
        if (!keepPrinted)
        {
            warnings.Add(new(label.Line, $"Heading printed as \"{label.Text}\"; read as PAPI {(entry.SubDimension is null ? "dimension" : "sub-dimension")} \"{entry.Name}\"."));
        }

        if (entry.SubDimension is not null && label.Column == DimensionCell)
        {
            warnings.Add(new(label.Line, $"Sub-dimension \"{name}\" is printed in the dimension column; applied from the row at line {rowLine} on (check the rows around it)."));
        }

        return entry.SubDimension is null ? (name, null) : (entry.Dimension, name);
    }

    private static bool LooksLikeTask(string text) =>
        text.EndsWith('.') || text.StartsWith('-') || text.Contains("; ", StringComparison.Ordinal) || text.Split(' ').Length > 14;

    private static string Code(string dimension, string? sub, List<string> dimensions, Dictionary<string, int> subCounts)
    {
        if (!dimensions.Contains(dimension))
        {
            dimensions.Add(dimension);
        }

        var number = (dimensions.IndexOf(dimension) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (sub is null)
        {
            return number;
        }

        subCounts[dimension] = subCounts.GetValueOrDefault(dimension) + 1;
        return $"{number}.{subCounts[dimension]}";
    }

    private static ParsedTask ReadTask(Row row, int sectionIndex, string? taskFromLabel, List<ParsedTask> tasks, List<ImportWarning> warnings)
    {
        var cells = row.Cells;
        var title = cells[TaskCell];
        if (taskFromLabel is not null)
        {
            title = title.StartsWith(taskFromLabel.TrimEnd('.'), StringComparison.Ordinal) ? title : Join(taskFromLabel, title);
        }

        var previous = tasks.Count > 0 && tasks[^1].SectionIndex == sectionIndex ? tasks[^1] : null;
        string? Inherit(string value, string? above, string what)
        {
            if (value.Length > 0)
            {
                return value;
            }

            warnings.Add(above is null
                ? new(row.Line, $"Row without {what}.")
                : new(row.Line, $"The {what} cell is empty: the merged cell above (line {previous!.Line}) spans this row; its text is used."));
            return above;
        }

        return new ParsedTask(
            sectionIndex,
            null,
            Inherit(title, previous?.Title, "task"),
            Inherit(cells[MethodCell], previous?.Product, "method"),
            Inherit(cells[TimingCell], previous?.DeadlineText, "timing"),
            null,
            Inherit(cells[ImplementingCell], previous?.LeadText, "implementing agency"),
            Inherit(cells[GuidingCell], previous?.CoordinatingText, "guiding agency"),
            null,
            row.Line);
    }
}
