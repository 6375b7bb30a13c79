using System.Globalization;
using System.Text.RegularExpressions;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Rank objectives: "… các Chỉ số của tỉnh: A (PAR Index), B (PCI) … trong nhóm 25 tỉnh, thành phố … dẫn đầu cả nước"
/// gives one target per index, rank ≤ 25. Only that shape is read; "trong nhóm N … dẫn đầu" without a readable
/// list of indices is a warning.
/// </summary>
internal static partial class RankTargets
{
    public static IReadOnlyList<ParsedTarget> Read(
        string text, int line, int? year, ReformArea? area, ICollection<ImportWarning> warnings, List<ParsedTarget> targets)
    {
        var group = LeadingGroup().Match(text);
        if (!group.Success)
        {
            return targets;
        }

        var list = IndexList().Match(text[..group.Index]);
        if (!list.Success || year is null)
        {
            warnings.Add(new ImportWarning(line, $"Rank target not read ({(year is null ? "no year" : "no list of indices")}): \"{group.Value}\"."));
            return targets;
        }

        var rank = double.Parse(group.Groups["rank"].Value, CultureInfo.InvariantCulture);
        foreach (var item in ItemSeparator().Split(list.Groups["items"].Value))
        {
            var indicator = "Chỉ số " + item.Trim(' ', ',');
            targets.Add(new ParsedTarget(indicator, year.Value, Comparator.Lte, rank, KpiUnit.Rank, text, line, area));
        }

        return targets;
    }

    [GeneratedRegex(@"\btrong nhóm (?<rank>\d{1,2}) tỉnh[^.;]*?dẫn đầu")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"[Cc]hỉ số(?: của tỉnh)?\s*:\s*(?<items>[^:;]+?)\s*$")]
    private static partial Regex IndexList();

    [GeneratedRegex(@"(?<=\))\s*,\s*")]
    private static partial Regex ItemSeparator();
}
