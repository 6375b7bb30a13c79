using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// The text of one table cell, built from the fragments it was printed in (wrapped lines, page-break
/// continuations). One convention for every table parser:
/// <list type="bullet">
/// <item>a fragment that continues the text (a wrapped line) is joined with a space;</item>
/// <item>a fragment that opens a bullet ('-', '+', '•') and an HTML paragraph or list item start a new line ("\n");</item>
/// <item>markup is removed, entities decoded, each line single-spaced and trimmed; an empty cell is null.</item>
/// </list>
/// </summary>
public sealed partial class CellText
{
    private readonly StringBuilder text = new();

    public bool IsEmpty => text.Length == 0;

    /// <summary>The cell's text, or null when nothing was printed in it.</summary>
    public string? Value => IsEmpty ? null : text.ToString();

    /// <summary>Joins fragments as one cell (see the class remarks); null when all are blank.</summary>
    public static string? Join(IEnumerable<string> fragments)
    {
        var cell = new CellText();
        foreach (var fragment in fragments)
        {
            cell.Append(fragment);
        }

        return cell.Value;
    }

    public CellText Append(string fragment)
    {
        var first = true;
        foreach (var paragraph in ParagraphBreak().Split(fragment))
        {
            var line = VietnameseText.SingleSpace(WebUtility.HtmlDecode(Markup().Replace(paragraph, " ")));
            if (line.Length == 0)
            {
                continue;
            }

            if (!IsEmpty)
            {
                text.Append(first && !OpensBullet(line) ? ' ' : '\n');
            }

            text.Append(line);
            first = false;
        }

        return this;
    }

    public override string ToString() => text.ToString();

    private static bool OpensBullet(string line) => line[0] is '-' or '+' or '•' or '–';

    [GeneratedRegex(@"<\s*/?\s*(?:p|li|br|ul|ol|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
