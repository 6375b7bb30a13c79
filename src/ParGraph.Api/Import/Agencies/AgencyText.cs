using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// Folds Vietnamese text for matching (case, diacritics, đ → d, so "Ủy"/"Uỷ" and "Hòa"/"Hoà" agree)
/// and cuts it into tokens, expanding the abbreviations the documents use ("UBND", "Sở TT&amp;TT", "KH&amp;ĐT").
/// </summary>
internal static partial class AgencyText
{
    /// <summary>Abbreviations (folded, as printed) and the words they stand for.</summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["ubmttq"] = "uy ban mat tran to quoc",
        ["ubmttqvn"] = "uy ban mat tran to quoc viet nam",
        ["vp"] = "van phong",
        ["tp"] = "thanh pho",
        ["tp."] = "thanh pho",
        ["tx"] = "thi xa",
        ["tx."] = "thi xa",
        ["bql"] = "ban quan ly",
        ["kkt"] = "khu kinh te",
        ["bhxh"] = "bao hiem xa hoi",
        ["kbnn"] = "kho bac nha nuoc",
        ["chqs"] = "chi huy quan su",
        ["cntt"] = "cong nghe thong tin",
        ["tcd"] = "tiep cong dan",
        ["pvhcc"] = "phuc vu hanh chinh cong",
        ["dvhcc"] = "dich vu hanh chinh cong",
        ["pt-th"] = "phat thanh truyen hinh",
        ["ptth"] = "phat thanh truyen hinh",
        ["tt&tt"] = "thong tin va truyen thong",
        ["tttt"] = "thong tin va truyen thong",
        ["kh&dt"] = "ke hoach va dau tu",
        ["khdt"] = "ke hoach va dau tu",
        ["ld-tb&xh"] = "lao dong thuong binh va xa hoi",
        ["ldtb&xh"] = "lao dong thuong binh va xa hoi",
        ["ldtbxh"] = "lao dong thuong binh va xa hoi",
        ["nn&ptnt"] = "nong nghiep va phat trien nong thon",
        ["nnptnt"] = "nong nghiep va phat trien nong thon",
        ["tn&mt"] = "tai nguyen va moi truong",
        ["tnmt"] = "tai nguyen va moi truong",
        ["gd&dt"] = "giao duc va dao tao",
        ["gddt"] = "giao duc va dao tao",
        ["kh&cn"] = "khoa hoc va cong nghe",
        ["khcn"] = "khoa hoc va cong nghe",
        ["vh&tt"] = "van hoa va the thao",
        ["vhtt"] = "van hoa va the thao",
        ["vh,tt&dl"] = "van hoa the thao va du lich",
        ["vhtt&dl"] = "van hoa the thao va du lich",
        ["vhttdl"] = "van hoa the thao va du lich",
        ["gtvt"] = "giao thong van tai",
        ["&"] = "va",
    }.ToDictionary(p => p.Key, p => p.Value.Split(' '), StringComparer.Ordinal);

    /// <summary>Lower case, no combining marks, đ → d; one character out for each character in, so spans agree.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var folded = ch is 'đ' or 'Đ' ? 'd' : ch.ToString().Normalize(NormalizationForm.FormD)[0];
            builder.Append(char.ToLowerInvariant(folded));
        }

        return builder.ToString();
    }

    /// <summary>The NFC form of a text, the one token spans refer to.</summary>
    public static string Prepare(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>Tokens of an already <see cref="Prepare"/>d text.</summary>
    public static List<AgencyToken> Tokenize(string prepared)
    {
        var folded = Fold(prepared);
        var tokens = new List<AgencyToken>();
        foreach (Match match in TokenPattern().Matches(folded))
        {
            var (start, end, text) = (match.Index, match.Index + match.Length, match.Value);
            if (Abbreviations.TryGetValue(text, out var words))
            {
                tokens.AddRange(words.Select(word => new AgencyToken(AgencyTokenKind.Word, word, start, end)));
            }
            else if (char.IsLetterOrDigit(text[0]))
            {
                tokens.Add(new AgencyToken(AgencyTokenKind.Word, text, start, end));
            }
            else
            {
                tokens.Add(new AgencyToken(KindOf(prepared, text[0], start, end, tokens.Count == 0), text, start, end));
            }
        }

        return tokens;
    }

    /// <summary>The folded words of a name ("Sở TT&amp;TT" → so, thong, tin, va, truyen, thong).</summary>
    public static string[] Words(string name) =>
        Tokenize(Prepare(name)).Where(t => t.Kind == AgencyTokenKind.Word).Select(t => t.Text).ToArray();

    /// <summary>The printed text between two tokens (inclusive), single-spaced.</summary>
    public static string Quote(string prepared, AgencyToken first, AgencyToken last) =>
        Whitespace().Replace(prepared[first.Start..last.End], " ").Trim();

    private static AgencyTokenKind KindOf(string text, char ch, int start, int end, bool first) => ch switch
    {
        ',' => AgencyTokenKind.Comma,
        ';' => AgencyTokenKind.Semicolon,
        ':' => AgencyTokenKind.Colon,
        '.' => AgencyTokenKind.Dot,
        '(' => AgencyTokenKind.OpenParen,
        ')' => AgencyTokenKind.CloseParen,
        '\n' => AgencyTokenKind.LineBreak,
        '-' or '–' or '—' or '+' or '•' => IsBullet(text, start, end, first) ? AgencyTokenKind.Bullet : AgencyTokenKind.Dash,
        _ => AgencyTokenKind.Other,
    };

    private static bool IsBullet(string text, int start, int end, bool first)
    {
        var before = text[..start].TrimEnd(' ', '\t');
        if (first || before.Length == 0 || before.EndsWith('\n'))
        {
            return true;
        }

        var after = text[end..].TrimStart(' ', '\t');
        return start > 0 && char.IsWhiteSpace(text[start - 1]) && end < text.Length && char.IsWhiteSpace(text[end])
            && after.Length > 0 && (char.IsUpper(after[0]) || char.IsDigit(after[0]));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:vh,tt&dl|vhtt&dl|ld-tb&xh|ldtb&xh|tt&tt|kh&dt|nn&ptnt|tn&mt|gd&dt|kh&cn|vh&tt|pt-th|tp\.|tx\.)(?![\p{L}\p{N}])|[\p{L}\p{N}]+|[,;:.()\-–—+•&\n]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
