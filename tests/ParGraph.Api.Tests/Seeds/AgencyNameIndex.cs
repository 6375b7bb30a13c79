using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>
/// Folds printed text for substring checks on the seed documents: no diacritics, lower case, single
/// spaces, no spaces around dashes. Name resolution itself is the product's <c>AgencyDirectory</c>.
/// </summary>
internal static partial class AgencyNameIndex
{
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
