using System.Text.RegularExpressions;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Reads the prose programme (003, Decision 4831/QĐ-UBND): part II's numbered reform areas ("1. Cải cách thể chế" …)
/// become sections whose "a) Mục tiêu" give targets (under "- Đến năm 2025:" the year is 2025) and whose
/// "b) Nhiệm vụ" bullets give tasks; part III's solutions and part V's duties per agency ("2. Sở Nội vụ" → "a) …")
/// become tasks of two DIRECTION sections. The decision, preamble, general goal and funding (part IV) give no tasks.
/// </summary>
/// <remarks>
/// Part V is DIRECTION, not OTHER: it assigns who organises, plans, reports on and inspects the programme — the
/// direction-and-management area of the PAR index. Several duties are substantive reform work of one area, but the
/// text does not say which area, and the parser does not guess one.
/// </remarks>
public sealed partial class ProgrammeParser : IDocumentParser
{
    public DocumentLayout Layout => DocumentLayout.Programme;

    /// <summary>True when at least four numbered reform-area headings and a "b) Nhiệm vụ:" heading are present.</summary>
    public bool Recognizes(string text)
    {
        var lines = text.Split('\n').Select(TargetPhrases.Normalize).ToList();
        var areas = lines.Select(l => AreaHeading().Match(l))
            .Where(m => m.Success)
            .Select(m => AreaOf(m.Groups["title"].Value))
            .OfType<ReformArea>()
            .Distinct()
            .Count();
        return areas >= 4 && lines.Any(l => ModeHeading().IsMatch(l));
    }

    public ParsedDocument Parse(string text)
    {
        var reader = new ProgrammeReader();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = TargetPhrases.Normalize(lines[i]);
            if (line.Length > 0 && !reader.ReadLine(line, i + 1))
            {
                break;
            }
        }

        return reader.ToDocument();
    }

    /// <summary>The reform area a heading names, or null.</summary>
    internal static ReformArea? AreaOf(string heading) =>
        ReformAreaNames.TryFromHeading(heading, out var area) ? area : null;

    /// <summary>"1. Cải cách thể chế": a number and a short title without a full stop.</summary>
    [GeneratedRegex(@"^(?<code>\d{1,2})\.\s+(?<title>[^.]{3,80})$")]
    internal static partial Regex AreaHeading();

    /// <summary>"a) Mục tiêu:", "b) Nhiệm vụ:".</summary>
    [GeneratedRegex(@"^[a-z]\)\s*(?<kind>Mục tiêu|Nhiệm vụ|Giải pháp)\b")]
    internal static partial Regex ModeHeading();
}
