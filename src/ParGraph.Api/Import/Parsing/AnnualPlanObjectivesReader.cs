using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// The numeric objectives of an annual plan (000: "I. MỤC TIÊU TRỌNG TÂM NĂM 2024", before the appendix table):
/// satisfaction "đạt trên 87%", online payment "đạt trên 35%", the indices' rank… The table is read elsewhere;
/// the importer merges these targets into the plan's <see cref="ParsedDocument"/>.
/// </summary>
public static partial class AnnualPlanObjectivesReader
{
    /// <param name="text">The whole document.</param>
    /// <param name="defaultYear">The plan's year, for objectives that state none.</param>
    /// <param name="warnings">Receives what could not be read, with line numbers.</param>
    public static IReadOnlyList<ParsedTarget> Read(string text, int defaultYear, ICollection<ImportWarning> warnings)
    {
        var lines = text.Split('\n');
        var appendix = Array.FindIndex(lines, l => Appendix().IsMatch(l));
        var end = appendix < 0 ? lines.Length : appendix;
        var start = Array.FindIndex(lines, 0, end, l => ObjectivesHeading().IsMatch(l));
        if (start < 0)
        {
            warnings.Add(new ImportWarning(0, "No objectives heading (\"MỤC TIÊU\") before the appendix; read every line before it."));
        }
        else
        {
            var next = Array.FindIndex(lines, start + 1, end - start - 1, l => RomanHeading().IsMatch(l));
            end = next < 0 ? end : next;
        }

        var targets = new List<ParsedTarget>();
        for (var i = Math.Max(start + 1, 0); i < end; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                targets.AddRange(TargetReader.Read(lines[i], i + 1, defaultYear, area: null, warnings));
            }
        }

        return targets;
    }

    [GeneratedRegex(@"^\s*PHỤ LỤC\b")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"^\s*[IVX]+\.\s+MỤC TIÊU\b")]
    private static partial Regex ObjectivesHeading();

    [GeneratedRegex(@"^\s*[IVX]+\.\s+\p{Lu}")]
    private static partial Regex RomanHeading();
}
