using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Collects the sections, tasks and warnings of a task table as a parser walks it: drops a heading
/// reprinted for the section already open, keeps duplicate numbers as separate tasks (with a
/// warning), and puts tasks printed before any heading into an inferred section (Line 0).
/// </summary>
internal sealed class TaskTableBuilder(DocumentLayout layout)
{
    /// <summary>The national programme's order of areas (Resolution 76/NQ-CP), to name a lost heading.</summary>
    private static readonly string[] NationalAreas =
    [
        "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "CẢI CÁCH TỔ CHỨC BỘ MÁY",
        "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "CẢI CÁCH TÀI CHÍNH CÔNG", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
    ];

    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private readonly List<ParsedSection> sections = [];
    private readonly List<ParsedTask> tasks = [];
    private readonly List<ImportWarning> warnings = [];
    private readonly HashSet<string> numbersInSection = [];

    public void Warn(int line, string message) => warnings.Add(new ImportWarning(line, message));

    /// <summary>Opens a section, unless the heading repeats the one already open (then it is ignored).</summary>
    public void Heading(string? code, string title, int line)
    {
        title = VietnameseText.SingleSpace(title);
        if (sections.Count > 0
            && VietnameseText.Fold(sections[^1].Title) == VietnameseText.Fold(title)
            && (code is null || code == sections[^1].Code))
        {
            return;
        }

        sections.Add(new ParsedSection(code, title, ReformAreaNames.FromHeading(title), line));
        numbersInSection.Clear();
        if (code is null)
        {
            Warn(line, $"Section heading \"{title}\" has no numeral; kept without a code.");
        }
    }

    public void Task(string? number, string? title, string? product, string? deadline,
        string? responsibility, string? lead, string? coordinating, int line)
    {
        if (number is not null && !numbersInSection.Add(number))
        {
            Warn(line, $"Number {number} appears twice in this section; both rows are kept as separate tasks.");
        }

        if (deadline is null)
        {
            Warn(line, $"Task {number ?? "without a number"} has no deadline printed.");
        }

        tasks.Add(new ParsedTask(sections.Count - 1, number, title, product, deadline,
            responsibility, lead, coordinating, null, line));
    }

    public ParsedDocument Build()
    {
        if (tasks.Any(t => t.SectionIndex < 0))
        {
            InferFirstSection();
        }

        return new ParsedDocument(layout, sections.ToList(), tasks.ToList(), [], warnings.OrderBy(w => w.Line).ToList());
    }

    /// <summary>
    /// Rows printed before the first heading lost theirs. When the first heading is numbered "II",
    /// the lost one was "I", named after the national programme's first area; otherwise it has no code.
    /// </summary>
    private void InferFirstSection()
    {
        var next = sections.Count > 0 ? Array.IndexOf(Numerals, sections[0].Code) : -1;
        var code = next > 0 ? Numerals[next - 1] : null;
        var title = next > 0 && next - 1 < NationalAreas.Length ? NationalAreas[next - 1] : "(tiêu đề không đọc được)";
        sections.Insert(0, new ParsedSection(code, title, ReformAreaNames.FromHeading(title), 0));
        for (var i = 0; i < tasks.Count; i++)
        {
            tasks[i] = tasks[i] with { SectionIndex = tasks[i].SectionIndex + 1 };
        }

        var first = tasks.First(t => t.SectionIndex == 0).Line;
        Warn(first, $"The heading of the first section is missing; inferred \"{code ?? "?"}. {title}\" (line 0) for the rows before the first printed heading.");
    }
}
