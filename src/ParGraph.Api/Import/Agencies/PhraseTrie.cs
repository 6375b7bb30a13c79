namespace ParGraph.Api.Import.Agencies;

/// <summary>The longest phrase found at a token: its values, the token after it and how many words it took.</summary>
internal readonly record struct PhraseMatch(IReadOnlySet<string> Values, int End, int Words);

/// <summary>
/// Folded word sequences (names, verbs, filler) looked up by longest match over tokens. Inside a
/// phrase, commas, dashes and brackets of the text are skipped, so "Lao động - Thương binh và Xã hội",
/// "Lao động, Thương binh và Xã hội" and "Lao động Thương binh và Xã hội" are one phrase.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node root = new();

    public void Add(IReadOnlyList<string> words, string value)
    {
        if (words.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var word in words)
        {
            node = node.Next.TryGetValue(word, out var next) ? next : node.Next[word] = new Node();
        }

        node.Values.Add(value);
    }

    public void Add(string phrase, string value) => Add(AgencyText.Words(phrase), value);

    /// <summary>All phrases with their values (for ambiguity checks).</summary>
    public IEnumerable<(string Key, IReadOnlySet<string> Values)> Entries() => Walk(root, "");

    /// <summary>The longest phrase starting at <paramref name="start"/>, optionally after <paramref name="prefix"/> words.</summary>
    public PhraseMatch? Match(IReadOnlyList<AgencyToken> tokens, int start, bool skipPunctuation = true, IReadOnlyList<string>? prefix = null)
    {
        var node = root;
        foreach (var word in prefix ?? [])
        {
            if (!node.Next.TryGetValue(word, out node))
            {
                return null;
            }
        }

        PhraseMatch? best = null;
        var words = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != AgencyTokenKind.Word)
            {
                if (skipPunctuation && words > 0 && IsSkippable(token.Kind))
                {
                    continue;
                }

                break;
            }

            if (!node.Next.TryGetValue(token.Text, out node))
            {
                break;
            }

            words++;
            if (node.Values.Count > 0)
            {
                best = new PhraseMatch(node.Values, i + 1, words);
            }
        }

        return best;
    }

    private static bool IsSkippable(AgencyTokenKind kind) =>
        kind is AgencyTokenKind.Comma or AgencyTokenKind.Dash or AgencyTokenKind.Bullet
            or AgencyTokenKind.OpenParen or AgencyTokenKind.CloseParen;

    private static IEnumerable<(string, IReadOnlySet<string>)> Walk(Node node, string key)
    {
        if (node.Values.Count > 0)
        {
            yield return (key, node.Values);
        }

        foreach (var (word, next) in node.Next)
        {
            foreach (var entry in Walk(next, key.Length == 0 ? word : key + " " + word))
            {
                yield return entry;
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Values { get; } = new(StringComparer.Ordinal);
    }
}
