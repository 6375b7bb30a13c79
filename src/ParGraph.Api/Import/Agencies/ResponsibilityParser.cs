using static ParGraph.Api.Import.Agencies.AgencyTokenKind;
using P = ParGraph.Api.Import.Agencies.ResponsibilityPhrases;

namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// Reads one responsibility text clause by clause. A clause opens at the start, after a bullet, ';' or
/// '.'; its subjects are the names before its verb: "chủ trì" makes them lead, "phối hợp" coordinating
/// (and opens a list of coordinating bodies), any other verb ends the names ("tham mưu UBND tỉnh":
/// the committee is advised, not assigned). See <see cref="AgencyResolver"/> for the rules in full.
/// </summary>
internal sealed partial class ResponsibilityParser
{
    private readonly AgencyDirectory directory;
    private readonly string text;
    private readonly List<AgencyToken> tokens;
    private readonly bool column;
    private readonly List<Mention> mentions = [];
    private readonly List<Mention> subjects = [];
    private int i;
    private bool expectItem = true;
    private (int Start, AgencyMatch Match)? lastName;

    private ResponsibilityParser(AgencyDirectory directory, string text, bool column)
    {
        this.directory = directory;
        this.text = AgencyText.Prepare(text);
        tokens = AgencyText.Tokenize(this.text);
        this.column = column;
    }

    private enum Mode
    {
        Subjects,
        Coordinating,
        AfterLead,
        Action,
        Subordinate,
    }

    /// <summary>The bodies in <paramref name="text"/>; <paramref name="column"/> when the text is a column of names (001, 002).</summary>
    public static List<Mention> Parse(AgencyDirectory directory, string text, bool column)
    {
        var parser = new ResponsibilityParser(directory, text, column);
        var mode = Mode.Subjects;
        while (parser.i < parser.tokens.Count)
        {
            mode = mode switch
            {
                Mode.Subjects or Mode.Coordinating => parser.ListStep(mode),
                Mode.AfterLead => parser.AfterLeadStep(),
                Mode.Subordinate => parser.SubordinateStep(),
                _ => parser.ActionStep(),
            };
        }

        parser.Flush(MentionRole.Unmarked);
        return parser.mentions;
    }

    private AgencyToken Token => tokens[i];

    private static bool EndsClause(AgencyTokenKind kind) => kind is Semicolon or Bullet or Dot or LineBreak;

    private Mode NewClause()
    {
        Flush(MentionRole.Unmarked);
        i++;
        expectItem = true;
        lastName = null;
        return Mode.Subjects;
    }

    private void Flush(MentionRole role)
    {
        mentions.AddRange(subjects.Select(s => s with { Role = role }));
        subjects.Clear();
    }

    private void Add(Mode mode, Mention mention)
    {
        if (mode == Mode.Coordinating)
        {
            mentions.Add(mention with { Role = MentionRole.Coordinating });
        }
        else
        {
            subjects.Add(mention);
        }

        expectItem = false;
    }

    private Mode ListStep(Mode mode)
    {
        var token = Token;
        if (EndsClause(token.Kind) && !(mode == Mode.Coordinating && token.Kind == Semicolon))
        {
            return NewClause();
        }

        if (token.Kind is Comma or Semicolon or Colon || token.IsWord("va") || token.IsWord("cung"))
        {
            expectItem = true;
            i++;
            return mode;
        }

        if (token.Kind == OpenParen)
        {
            SkipParenthesis();
            return mode;
        }

        if (token.Kind != Word)
        {
            i++;
            return mode;
        }

        return Verb(mode) ?? Item(mode);
    }

    /// <summary>"chủ trì" and "phối hợp (với|:)" in a list of subjects; null when the token is no role verb.</summary>
    private Mode? Verb(Mode mode)
    {
        if (P.IsLead(tokens, i) && mode == Mode.Subjects)
        {
            i += 2;
            Flush(MentionRole.Lead);
            return Mode.AfterLead;
        }

        if (!P.IsCoordinate(tokens, i))
        {
            return null;
        }

        i += 2;
        var opensList = OpenCoordinatingList();
        Flush(opensList ? MentionRole.CoordinatingSubject : MentionRole.Coordinating);
        return opensList ? Mode.Coordinating : Mode.Action;
    }

    /// <summary>After "phối hợp": takes "với" or ':' and says whether names follow.</summary>
    private bool OpenCoordinatingList()
    {
        var marked = false;
        while (i < tokens.Count && (Token.IsWord("voi") || Token.Kind is Colon or Comma))
        {
            marked |= Token.Kind != Comma;
            i++;
        }

        expectItem = true;
        return marked || (i < tokens.Count && Token.Kind == Word && (StartsName(i) || P.FillerTrie.Match(tokens, i) is not null));
    }

    private Mode AfterLeadStep()
    {
        if (Token.Kind == Comma)
        {
            i++;
            return Mode.AfterLead;
        }

        if (EndsClause(Token.Kind))
        {
            return NewClause();
        }

        if (P.IsCoordinate(tokens, i))
        {
            i += 2;
            return OpenCoordinatingList() ? Mode.Coordinating : Mode.Action;
        }

        return Mode.Action;
    }

    private Mode ActionStep()
    {
        if (EndsClause(Token.Kind))
        {
            return NewClause();
        }

        if (P.IsCoordinate(tokens, i))
        {
            i += 2;
            return OpenCoordinatingList() ? Mode.Coordinating : Mode.Action;
        }

        // Names are stepped over whole, so a dash inside one ("Lao động - Thương binh") opens no bullet.
        i = Token.Kind == Word && directory.Match(tokens, i) is { } name ? name.End : i + 1;
        return Mode.Action;
    }

    /// <summary>"Trên cơ sở …, Sở Tài chính cân đối": prose until a comma that a name follows.</summary>
    private Mode SubordinateStep()
    {
        if (EndsClause(Token.Kind))
        {
            return NewClause();
        }

        i++;
        if (tokens[i - 1].Kind == Comma && i < tokens.Count && StartsName(i))
        {
            expectItem = true;
            return Mode.Subjects;
        }

        return Mode.Subordinate;
    }

    private void SkipParenthesis()
    {
        var depth = 0;
        do
        {
            depth += Token.Kind == OpenParen ? 1 : Token.Kind == CloseParen ? -1 : 0;
            i++;
        }
        while (i < tokens.Count && depth > 0 && !EndsClause(Token.Kind));
    }
}
