using System.CommandLine;
using System.CommandLine.Parsing;

namespace ParGraph.Api.Hosting;

/// <summary>
/// A bare first word that names no verb (e.g. <c>migrat</c>): a usage error, never a reason to start the
/// server. Options (<c>--urls …</c>, <c>--Section:Key value</c>, <c>/key value</c>) and <c>key=value</c>
/// settings are not bare words, so they still reach ASP.NET Core's configuration.
/// </summary>
public static class UnknownVerb
{
    /// <summary>The first token when the root command matched it to no verb and it is a bare word; else null.</summary>
    public static string? Find(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand
        && parse.Tokens is [{ Type: TokenType.Argument, Value: var first }, ..]
        && parse.UnmatchedTokens.Contains(first)
        && IsBareWord(first)
            ? first
            : null;

    /// <summary>Two lines: the word with the verbs it most resembles, then every verb.</summary>
    public static string Describe(string word, Command root)
    {
        var verbs = root.Subcommands.Where(verb => !verb.Hidden).Select(verb => verb.Name).ToList();
        var suggestions = Suggest(word, verbs);
        var guess = suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
        return $"Unknown command '{word}'.{guess}{Environment.NewLine}"
            + $"Commands: {string.Join(", ", verbs)}; without a command the server starts (--help for details).";
    }

    /// <summary>The verbs that start with <paramref name="word"/>, else the nearest by edit distance (at most 3).</summary>
    public static IReadOnlyList<string> Suggest(string word, IReadOnlyCollection<string> verbs)
    {
        var maxDistance = Math.Clamp(word.Length / 2, 1, 3);
        var scored = verbs
            .Select(verb => (Verb: verb, Distance: verb.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance(word.ToLowerInvariant(), verb)))
            .Where(candidate => candidate.Distance <= maxDistance)
            .ToList();
        return [.. scored.Where(candidate => candidate.Distance == scored.Min(c => c.Distance)).Select(candidate => candidate.Verb)];
    }

    private static bool IsBareWord(string token) =>
        token.Length > 0 && token[0] is not ('-' or '/') && !token.Contains('=', StringComparison.Ordinal);

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one row at a time.</summary>
    private static int EditDistance(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        for (var i = 1; i <= from.Length; i++)
        {
            var current = new int[to.Length + 1];
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[to.Length];
    }
}
