using ParGraph.Api.Agencies;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// Finds agencies in printed text: case- and accent-insensitive, abbreviations expanded
/// (<see cref="AgencyText"/>), longest match first, a trailing "tỉnh" / "Khánh Hòa" optional both ways.
/// </summary>
public sealed class AgencyDirectory
{
    /// <summary>Spellings that, once "tỉnh" is cut off, would name something else or a verb ("thanh tra" = to inspect).</summary>
    private static readonly HashSet<string> KeepSuffix = new(StringComparer.Ordinal)
    {
        "uy ban nhan dan", "hoi dong nhan dan", "thanh tra", "chu tich uy ban nhan dan", "bao",
    };

    private static readonly string[][] LevelSuffixes =
        [["tinh", "khanh", "hoa"], ["khanh", "hoa"], ["tinh"]];

    private readonly PhraseTrie names = new();
    private readonly PhraseTrie departmentTails = new();

    public AgencyDirectory(IEnumerable<AgencyName> agencies)
    {
        foreach (var agency in agencies)
        {
            foreach (var spelling in agency.Spellings)
            {
                var words = AgencyText.Words(spelling);
                names.Add(words, agency.Code);
                if (WithoutLevel(words) is { } shorter)
                {
                    names.Add(shorter, agency.Code);
                }

                if (agency.Kind == AgencyKind.Department && words.Length > 1 && words[0] == "so")
                {
                    departmentTails.Add(words[1..], agency.Code);
                    if (WithoutLevel(words[1..]) is { } shorterTail)
                    {
                        departmentTails.Add(shorterTail, agency.Code);
                    }
                }
            }
        }
    }

    /// <summary>Builds the directory from the seed registry (<c>seeds/agencies.csv</c>).</summary>
    public static AgencyDirectory FromSeeds(IEnumerable<AgencySeedRecord> records) =>
        new(records.Select(r => new AgencyName(r.Code, r.Name, r.ShortName, r.Aliases, r.Kind)));

    /// <summary>Folded spellings that lead to more than one agency; they resolve to nothing.</summary>
    public IEnumerable<string> AmbiguousKeys => names.Entries().Where(e => e.Values.Count > 1).Select(e => e.Key);

    /// <summary>The agency a whole printed name stands for ("Sở TT&amp;TT" → STTTT), or null.</summary>
    public string? Resolve(string printedName)
    {
        var tokens = AgencyText.Tokenize(AgencyText.Prepare(printedName));
        var start = tokens.FindIndex(t => t.Kind == AgencyTokenKind.Word);
        if (start < 0 || Match(tokens, start) is not { } match)
        {
            return null;
        }

        var rest = tokens.Skip(match.End).Where(t => t.Kind == AgencyTokenKind.Word);
        return rest.Any() ? null : match.Code;
    }

    /// <summary>The longest agency name at a token, with its qualifiers ("tỉnh", "có liên quan") taken along.</summary>
    internal AgencyMatch? Match(IReadOnlyList<AgencyToken> tokens, int start, IReadOnlyList<string>? prefix = null) =>
        Accept(tokens, names.Match(tokens, start, prefix: prefix));

    /// <summary>A department named without "Sở", as in "Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ".</summary>
    internal AgencyMatch? MatchDepartmentTail(IReadOnlyList<AgencyToken> tokens, int start) =>
        Accept(tokens, departmentTails.Match(tokens, start));

    private static AgencyMatch? Accept(IReadOnlyList<AgencyToken> tokens, PhraseMatch? match)
    {
        if (match is not { } found || found.Values.Count != 1)
        {
            return null;
        }

        var end = ResponsibilityPhrases.SkipQualifiers(tokens, found.End);

        // "Công an cấp xã" is not "Công an tỉnh": a name followed by a level is another body.
        return end < tokens.Count && tokens[end].IsWord("cap") ? null : new AgencyMatch(found.Values.Single(), end, found.End);
    }

    private static string[]? WithoutLevel(string[] words)
    {
        foreach (var suffix in LevelSuffixes)
        {
            if (words.Length - suffix.Length >= 2 && words.AsSpan(words.Length - suffix.Length).SequenceEqual(suffix))
            {
                var shorter = words[..^suffix.Length];
                return KeepSuffix.Contains(string.Join(' ', shorter)) ? null : shorter;
            }
        }

        return null;
    }
}

/// <summary>An agency found in text: its code, the token after it (qualifiers included) and after its name proper.</summary>
internal readonly record struct AgencyMatch(string Code, int End, int NameEnd);
