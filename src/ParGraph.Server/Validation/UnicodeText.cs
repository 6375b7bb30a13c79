namespace ParGraph.Server.Validation;

/// <summary>What makes a string unfit to store as text.</summary>
public static class UnicodeText
{
    /// <summary>A description of the first character that is not storable text (NUL or a lone surrogate), or null.</summary>
    public static string? FindInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
                return $"a NUL character (U+0000) at position {i + 1}";
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return $"a lone UTF-16 surrogate (U+{(int)c:X4}) at position {i + 1}";
        }
        return null;
    }
}
