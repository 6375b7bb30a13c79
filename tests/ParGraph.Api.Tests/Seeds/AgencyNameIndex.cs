using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>
/// Resolves agency names as printed to registry codes by name, short name or alias, ignoring case,
/// Vietnamese diacritics (so "Ủy"/"Uỷ" and "Hòa"/"Hoà" agree), runs of whitespace and the spaces around dashes.
/// </summary>
internal sealed partial class AgencyNameIndex
{
    private readonly Dictionary<string, HashSet<string>> codesByKey = new(StringComparer.Ordinal);

    public AgencyNameIndex(IEnumerable<AgencySeedRecord> agencies)
    {
        foreach (var agency in agencies)
        {
            foreach (var name in NamesOf(agency))
            {
                var key = Key(name);
                if (!codesByKey.TryGetValue(key, out var codes))
                {
                    codesByKey[key] = codes = new HashSet<string>(StringComparer.Ordinal);
                }

                codes.Add(agency.Code);
            }
        }
    }

    /// <summary>Keys that lead to more than one agency (should be none).</summary>
    public IEnumerable<string> AmbiguousKeys => codesByKey.Where(p => p.Value.Count > 1).Select(p => p.Key);

    public IReadOnlyCollection<string> Keys => codesByKey.Keys;

    public string? Resolve(string printedName) =>
        codesByKey.TryGetValue(Key(printedName), out var codes) && codes.Count == 1 ? codes.Single() : null;

    public static IEnumerable<string> NamesOf(AgencySeedRecord agency) =>
        new[] { agency.Name, agency.ShortName }.OfType<string>().Concat(agency.Aliases);

    /// <summary>The comparison key: no diacritics, lower case, single spaces, no spaces around dashes.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(ch),
            });
        }

        var spaced = Whitespace().Replace(builder.ToString(), " ");
        return DashWithSpaces().Replace(spaced, "-").Trim().TrimEnd('.', ',', ';', ' ');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ?- ?")]
    private static partial Regex DashWithSpaces();
}
