using System.Text.RegularExpressions;

namespace ParGraph.Api.Import.Parsing;

/// <summary>Cuts a clause into one piece per percentage (see <see cref="TargetReader"/>).</summary>
internal static partial class TargetPieces
{
    /// <param name="Text">The piece as printed.</param>
    /// <param name="Number">The percentage in <paramref name="Text"/>.</param>
    /// <param name="Numbers">How many percentages the piece holds (more than one is a range: not read).</param>
    /// <param name="Predicate">A predicate shared with the next pieces ("90% X, 80% Y và 60% Z được xử lý …").</param>
    public sealed record Piece(string Text, Match Number, int Numbers, string Predicate);

    public static IReadOnlyList<Piece> Split(string clause)
    {
        var groups = new List<(int Start, int End, bool Leading)>();
        int? pending = null;
        foreach (var (s, e) in Spans(clause))
        {
            var number = Percent().Match(clause, s, e - s);
            if (number.Success)
            {
                groups.Add((pending ?? s, e, Leading(clause[(number.Index + number.Length)..e])));
                pending = null;
            }
            else if (groups.Count > 0 && groups[^1].Leading && pending is null)
            {
                groups[^1] = groups[^1] with { End = e };
            }
            else
            {
                pending ??= s;
            }
        }

        var texts = groups.Select(g => (Text: clause[g.Start..g.End], g.Leading)).ToList();
        var predicate = texts.Where(t => t.Leading).Select(t => Passive().Match(After(t.Text))).LastOrDefault(m => m.Success);
        return texts.Select(t => new Piece(
                t.Text,
                Percent().Match(t.Text),
                Percent().Count(t.Text),
                t.Leading && predicate is not null && texts.Count(x => x.Leading) > 1 && !Passive().IsMatch(After(t.Text))
                    ? predicate.Value : string.Empty))
            .ToList();
    }

    private static IEnumerable<(int Start, int End)> Spans(string clause)
    {
        var start = 0;
        foreach (Match separator in Separator().Matches(clause))
        {
            yield return (start, separator.Index);
            start = separator.Index + separator.Length;
        }

        yield return (start, clause.Length);
    }

    private static string After(string text)
    {
        var number = Percent().Match(text);
        return text[(number.Index + number.Length)..];
    }

    /// <summary>The number starts its piece when words (not "trở lên", not punctuation) follow it.</summary>
    private static bool Leading(string after)
    {
        var rest = after.TrimStart();
        rest = rest.StartsWith("trở lên", StringComparison.OrdinalIgnoreCase) ? rest["trở lên".Length..].TrimStart() : rest;
        return rest.Length > 0 && char.IsLetter(rest[0]);
    }

    [GeneratedRegex(@"(?<![\d.,/])(?<value>\d{1,3}(?:[.,]\d+)?)\s?%")]
    public static partial Regex Percent();

    [GeneratedRegex(@",\s+|\s+và\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\bđược\b.*$")]
    private static partial Regex Passive();
}
