using System.Globalization;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>The line-by-line state of <see cref="ProgrammeParser"/>: which part, area and block a line belongs to.</summary>
internal sealed partial class ProgrammeReader
{
    private enum Part { Preamble, Goals, Areas, Solutions, Duties, Skipped }

    private enum Block { None, Goals, Tasks, Skipped }

    private readonly List<ParsedSection> sections = [];
    private readonly List<ParsedTask> tasks = [];
    private readonly List<ParsedTarget> targets = [];
    private readonly List<ImportWarning> warnings = [];
    private Part part = Part.Preamble;
    private Block block = Block.None;
    private ReformArea? area;
    private int? goalYear;
    private string? number;
    private string? agency;
    private bool appendixReported;

    /// <summary>Reads one non-empty, single-spaced line; false at the closing formula ("…./.") of part V.</summary>
    public bool ReadLine(string line, int lineNumber)
    {
        var heading = PartHeading().Match(line);
        if (heading.Success)
        {
            StartPart(heading.Groups["code"].Value, heading.Groups["title"].Value, lineNumber);
            return true;
        }

        switch (part)
        {
            case Part.Goals:
                targets.AddRange(TargetReader.Read(line, lineNumber, null, null, warnings));
                break;
            case Part.Areas:
                ReadArea(line, lineNumber);
                break;
            case Part.Solutions:
                ReadSolution(line, lineNumber);
                break;
            case Part.Duties:
                return ReadDuty(line, lineNumber);
        }

        return true;
    }

    /// <summary>The document read so far; deadlines are taken from the tasks' full texts.</summary>
    public ParsedDocument ToDocument()
    {
        var dated = tasks.Select(t => t with { DeadlineText = DeadlineOf(t.Title!, t.Line) }).ToList();
        return new ParsedDocument(DocumentLayout.Programme, sections, dated, targets, warnings);
    }

    private void StartPart(string code, string title, int lineNumber)
    {
        (block, area, number, agency) = (Block.None, null, null, null);
        part = title switch
        {
            _ when title.StartsWith("NỘI DUNG", StringComparison.Ordinal) => Part.Areas,
            _ when title.Contains("GIẢI PHÁP", StringComparison.Ordinal) => Part.Solutions,
            _ when title.Contains("PHÂN CÔNG", StringComparison.Ordinal) || title.Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal) => Part.Duties,
            _ when title.StartsWith("MỤC TIÊU", StringComparison.Ordinal) => Part.Goals,
            _ => Part.Skipped,
        };
        if (part is Part.Solutions or Part.Duties)
        {
            sections.Add(new ParsedSection(code, title, ReformArea.Direction, lineNumber));
        }
    }

    private void ReadArea(string line, int lineNumber)
    {
        var heading = ProgrammeParser.AreaHeading().Match(line);
        if (heading.Success)
        {
            area = ProgrammeParser.AreaOf(heading.Groups["title"].Value);
            (block, goalYear) = (area is null ? Block.Skipped : Block.None, null);
            if (area is null)
            {
                warnings.Add(new ImportWarning(lineNumber, $"\"{line}\" names no reform area; its paragraphs are not read."));
            }
            else
            {
                sections.Add(new ParsedSection(heading.Groups["code"].Value, heading.Groups["title"].Value, area.Value, lineNumber));
            }

            return;
        }

        var mode = ProgrammeParser.ModeHeading().Match(line);
        if (mode.Success && area is not null)
        {
            block = mode.Groups["kind"].Value == "Mục tiêu" ? Block.Goals : Block.Tasks;
            return;
        }

        var year = YearHeading().Match(line);
        switch (block)
        {
            case Block.Goals when year.Success:
                goalYear = int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture);
                break;
            case Block.Goals:
                targets.AddRange(TargetReader.Read(line, lineNumber, goalYear, area, warnings));
                break;
            case Block.Tasks:
                AddOrContinue(null, Bullet().Replace(line, string.Empty), lineNumber, lead: null, continues: !Bullet().IsMatch(line));
                break;
            case Block.Skipped when !appendixReported && line.Contains("Phụ lục", StringComparison.OrdinalIgnoreCase):
                appendixReported = true;
                warnings.Add(new ImportWarning(lineNumber, "The programme's tasks \"nêu tại Phụ lục\" are in an appendix the text does not contain; they are not imported."));
                break;
        }
    }

    private void ReadSolution(string line, int lineNumber)
    {
        var item = Numbered().Match(line);
        number = item.Success ? item.Groups["number"].Value : number;
        AddOrContinue(number, item.Success ? item.Groups["text"].Value : line, lineNumber, lead: null, continues: !item.Success);
    }

    private bool ReadDuty(string line, int lineNumber)
    {
        if (line.EndsWith("./.", StringComparison.Ordinal))
        {
            return false;
        }

        var holder = Numbered().Match(line);
        if (holder.Success)
        {
            (number, agency) = (holder.Groups["number"].Value, AgencyOf(holder.Groups["text"].Value));
            return true;
        }

        var letter = Lettered().Match(line);
        var text = letter.Success ? letter.Groups["text"].Value : line;
        var taskNumber = letter.Success ? $"{number}.{letter.Groups["letter"].Value}" : number;
        AddOrContinue(taskNumber, text, lineNumber, LeadOf(text) ?? agency, continues: !letter.Success);
        return true;
    }

    /// <summary>A paragraph continues the open task when that task's text stops mid-sentence (a page break).</summary>
    private void AddOrContinue(string? taskNumber, string text, int lineNumber, string? lead, bool continues)
    {
        var section = sections.Count - 1;
        if (continues && tasks.Count > 0 && tasks[^1].SectionIndex == section && !Terminated().IsMatch(tasks[^1].Title!))
        {
            var open = tasks[^1];
            tasks[^1] = open with { Title = open.Title + " " + text };
            return;
        }

        tasks.Add(new ParsedTask(section, taskNumber, text, null, null, null, lead, null, null, lineNumber));
    }
}
