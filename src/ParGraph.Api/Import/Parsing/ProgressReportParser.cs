using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParGraph.Api.Plans;
using static ParGraph.Api.Import.Parsing.ProgressReportColumns;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads 004, the appendix of a progress report: sections I–IX by reform area, rows numbered within
/// each section (No · task · product · schedule · assignment · result) printed as narrow PDF columns one
/// after another and cut by page headers. Each row's lines are attributed to columns by
/// <see cref="ProgressReportColumns"/>; what could not be attributed cleanly is reported.
/// </summary>
public sealed partial class ProgressReportParser : IDocumentParser
{
    private static readonly string[] PageHeader = ["TT", "Nhiệm vụ Sản phẩm Tiến độ", "Phân công và cách", "thức thực hiện", "Kết quả"];

    public DocumentLayout Layout => DocumentLayout.ProgressReport;

    public bool Recognizes(string text) =>
        text.Contains("Nhiệm vụ Sản phẩm Tiến độ", StringComparison.Ordinal)
        && text.Contains("Phân công và cách", StringComparison.Ordinal)
        && text.Contains("TIẾN ĐỘ THỰC HIỆN", StringComparison.Ordinal);

    public ParsedDocument Parse(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Split('\n').Select(l => l.TrimEnd('\r', ' ')).ToArray();
        var warnings = new List<ImportWarning>();
        var sections = new List<ParsedSection>();
        var rows = new List<ProgressReportRow>();
        ProgressReportRow? row = null;
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == PageHeader[0] && IsPageHeader(lines, i, out var last))
            {
                row?.BreakPage();
                i = last;
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var title = heading.Groups[2].Value;
                var headingAt = i + 1;
                var next = NextNonEmpty(lines, i);
                if (next >= 0 && YearsOnly().IsMatch(lines[next].Trim()))
                {
                    title += " " + lines[next].Trim();
                    i = next;
                }

                sections.Add(new ParsedSection(heading.Groups[1].Value, title, ReformAreaNames.FromHeading(title), headingAt));
                (row, number) = (null, 0);
                continue;
            }

            if (sections.Count == 0)
            {
                continue;
            }

            var start = RowStart().Match(line);
            if (start.Success && int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture) is var n && (n == number + 1 || n == number + 2))
            {
                if (n == number + 2)
                {
                    warnings.Add(new(i + 1, $"Row {n} follows row {number} in section {sections[^1].Code}: a row may be missing."));
                }

                (row, number) = (new ProgressReportRow(sections.Count - 1, start.Groups[1].Value, i + 1), n);
                rows.Add(row);
                line = start.Groups[2].Value.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }
            else if (row is null)
            {
                warnings.Add(new(i + 1, $"Row without a number at the start of section {sections[^1].Code}: \"{line}\"."));
                row = new ProgressReportRow(sections.Count - 1, null, i + 1);
                rows.Add(row);
            }

            foreach (var piece in Split(line))
            {
                row.Add(new Line(i + 1, piece));
            }
        }

        var tasks = rows.Select(r => r.ToTask(warnings)).ToList();
        return new ParsedDocument(Layout, sections, tasks, [], warnings) { ReportsOn = ReportsOn(lines) };
    }

    /// <summary>A schedule printed on the same line as the next cell ("Quý II/2020 Sở Nội vụ chủ trì") is two lines.</summary>
    private static IEnumerable<string> Split(string line)
    {
        var joined = JoinedCells().Match(line);
        return !joined.Success ? [line]
            : joined.Groups[1].Success ? [joined.Groups[1].Value, joined.Groups[2].Value]
            : [joined.Groups[3].Value, joined.Groups[4].Value];
    }

    private static bool IsPageHeader(string[] lines, int at, out int last)
    {
        last = at;
        for (var k = 1; k < PageHeader.Length; k++)
        {
            last = NextNonEmpty(lines, last);
            if (last < 0 || lines[last].Trim() != PageHeader[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int NextNonEmpty(string[] lines, int after)
    {
        for (var k = after + 1; k < lines.Length; k++)
        {
            if (lines[k].Trim().Length > 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The plan the report covers as its title names it: "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ CCHC - 06 THÁNG ĐẦU NĂM 2020".</summary>
    private static ReportedPlan? ReportsOn(string[] lines)
    {
        var title = lines.Select(l => ReportTitle().Match(l.Trim())).FirstOrDefault(m => m.Success);
        if (title is null)
        {
            return null;
        }

        var subject = title.Groups[1].Value.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Replace("cchc", "CCHC", StringComparison.Ordinal);
        var year = int.Parse(title.Groups[2].Value, CultureInfo.InvariantCulture);
        var plan = lines.Select(l => PlanNumber().Match(l)).FirstOrDefault(m => m.Success && m.Groups[2].Value == title.Groups[2].Value);
        return new ReportedPlan(plan?.Groups[1].Value, $"{char.ToUpper(subject[0], CultureInfo.InvariantCulture)}{subject[1..]} năm {year}", year);
    }

    [GeneratedRegex(@"^([IVX]+)\.?\s+(\p{Lu}[\p{Lu}\s,\-–]+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\d{4}\s*[-–]\s*\d{4}$")]
    private static partial Regex YearsOnly();

    [GeneratedRegex(@"^([1-9]\d?)(?:\s+(\p{Lu}.*))?$")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^((?:Từ )?Quý [IV]+/\d{4}|[IV]+/\d{4}|Trong năm \d{4}|Tháng \d{1,2}/\d{4}|\d{4}\s*[-–]\s*\d{4})\s+([\p{Lu}\d].*)$|^([IV]+/\d{4})\s+(\S.*)$")]
    private static partial Regex JoinedCells();

    [GeneratedRegex(@"^TIẾN ĐỘ THỰC HIỆN (.+?)\s*-\s*\d+ THÁNG ĐẦU NĂM (\d{4})$")]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"Kế hoạch (?:số )?(\d+/KH-UBND)[^\n]*?năm (\d{4})")]
    private static partial Regex PlanNumber();
}
