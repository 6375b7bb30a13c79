using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>The headings, bullets and phrases <see cref="ProgrammeReader"/> recognises.</summary>
internal sealed partial class ProgrammeReader
{
    /// <summary>"Sở Nội vụ", "Các cơ quan ngành dọc cấp tỉnh:", "Các sở, … có trách nhiệm", "Đề nghị các cấp ủy Đảng, …".</summary>
    private static string AgencyOf(string heading) =>
        HolderFiller().Replace(heading, string.Empty).Trim(' ', ':', ',', ';');

    /// <summary>A duty that names its own lead: "Công an tỉnh có trách nhiệm chủ trì …".</summary>
    private static string? LeadOf(string text)
    {
        var match = NamedLead().Match(text);
        return match.Success ? match.Groups["lead"].Value : null;
    }

    /// <summary>
    /// The deadline a task states: "năm 2025", "đến năm 2029", "giai đoạn 2021-2025" (a baseline "so với năm …" or a
    /// date is not one). When a task states several, the last (latest milestone) is kept and a warning says so.
    /// </summary>
    private string? DeadlineOf(string text, int lineNumber)
    {
        var phrases = Deadline().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (phrases.Count > 1)
        {
            warnings.Add(new ImportWarning(lineNumber, $"Task states several deadlines ({string.Join(", ", phrases)}); kept \"{phrases[^1]}\"."));
        }

        return phrases.Count == 0 ? null : phrases[^1];
    }

    /// <summary>"II. NỘI DUNG, MỤC TIÊU, …": a Roman numeral and an upper-case title.</summary>
    [GeneratedRegex(@"^(?<code>[IVX]+)\.\s+(?<title>(?!.*\p{Ll})\p{Lu}.*)$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^[-+]\s*(?:Đến|Tới|Trong) năm (?<year>\d{4})\s*:$")]
    private static partial Regex YearHeading();

    [GeneratedRegex(@"^[-+•]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>\d{1,2})\.\s+(?<text>.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<letter>[a-zđ])\)\s+(?<text>.+)$")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"[.;:!?]$")]
    private static partial Regex Terminated();

    [GeneratedRegex(@"^Đề nghị\s+|\s+có trách nhiệm\s*:?$")]
    private static partial Regex HolderFiller();

    [GeneratedRegex(@"^(?<lead>(?:Sở|Văn phòng|Ban|Công an|Ủy ban|UBND|Đài|Báo|Bảo hiểm|Kho bạc|Thanh tra|Cục)\s[^,;.]{1,80}?)\s+(?:có trách nhiệm|chủ trì)\b")]
    private static partial Regex NamedLead();

    [GeneratedRegex(@"(?<!(?:[Ss]o với|kỳ|tháng \d{1,2})\s)(?:(?:[Đđ]ến|[Tt]rước|[Tt]rong|[Tt]ừ nay đến)\s+)?năm\s+\d{4}(?:\s*[-–]\s*\d{4})?|(?<![Ss]o với\s)[Gg]iai đoạn\s+\d{4}\s*[-–]\s*\d{4}")]
    private static partial Regex Deadline();
}
