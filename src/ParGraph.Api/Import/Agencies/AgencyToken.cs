namespace ParGraph.Api.Import.Agencies;

/// <summary>What a piece of a responsibility text is, after folding (see <see cref="AgencyText"/>).</summary>
internal enum AgencyTokenKind
{
    /// <summary>A folded word: lower case, no diacritics, đ → d; abbreviations are expanded into several.</summary>
    Word,
    Comma,
    Semicolon,
    Colon,

    /// <summary>A dash inside a word group ("Phát thanh-Truyền hình", "kinh tế - xã hội").</summary>
    Dash,

    /// <summary>A dash that opens a bullet: at the start, after a line break, or spaced before a capital or digit.</summary>
    Bullet,
    Dot,
    OpenParen,
    CloseParen,
    LineBreak,
    Other,
}

/// <summary>One token with the span of the (NFC) text it came from, so fragments can be quoted as printed.</summary>
internal readonly record struct AgencyToken(AgencyTokenKind Kind, string Text, int Start, int End)
{
    public bool IsWord(string word) => Kind == AgencyTokenKind.Word && Text == word;
}
