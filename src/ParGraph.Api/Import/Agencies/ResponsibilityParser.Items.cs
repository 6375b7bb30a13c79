using static ParGraph.Api.Import.Agencies.AgencyTokenKind;
using P = ParGraph.Api.Import.Agencies.ResponsibilityPhrases;

namespace ParGraph.Api.Import.Agencies;

/// <summary>The items of a list: names, "Các Sở: A, B", "UBND cấp huyện, cấp xã", filler, and fragments that match nothing.</summary>
internal sealed partial class ResponsibilityParser
{
    private Mode Item(Mode mode)
    {
        if (mode == Mode.Subjects && subjects.Count == 0 && expectItem && P.SubordinatorTrie.Match(tokens, i, false) is not null)
        {
            return Mode.Subordinate;
        }

        if (DepartmentList(mode))
        {
            return mode;
        }

        var name = directory.Match(tokens, i);
        if (P.FillerTrie.Match(tokens, i) is { } filler && (name is null || filler.End > name.Value.NameEnd))
        {
            i = P.SkipQualifiers(tokens, filler.End);
            expectItem = false;
            return mode;
        }

        if (name is { } found)
        {
            Add(mode, new Mention(found.Code, null, MentionRole.Unmarked));
            lastName = (i, found);
            i = found.End;
            return mode;
        }

        if (expectItem && Token.IsWord("cap") && lastName is { } last)
        {
            Elide(mode, last);
            return mode;
        }

        if (expectItem && (column || (P.StartsLikeABody(tokens, i) && !P.IsAction(tokens, i))))
        {
            var (first, end) = (i, ReadFragment(i));
            Add(mode, new Mention(null, Quote(first, end.LastWord), MentionRole.Unmarked));
            i = end.Next;
            return mode;
        }

        // The names have ended: what follows says what the bodies do.
        if (mode == Mode.Subjects && subjects.Count == 0 && expectItem)
        {
            return Mode.Subordinate;
        }

        Flush(MentionRole.Unmarked);
        return Mode.Action;
    }

    private bool StartsName(int at) =>
        directory.Match(tokens, at) is not null || (tokens[at].IsWord("cac") && at + 1 < tokens.Count && tokens[at + 1].IsWord("so")
            && DepartmentAt(at + 2 < tokens.Count && tokens[at + 2].Kind == Colon ? at + 3 : at + 2) is not null);

    private AgencyMatch? DepartmentAt(int at) =>
        at >= tokens.Count ? null : directory.Match(tokens, at) ?? directory.MatchDepartmentTail(tokens, at);

    /// <summary>"Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ" and "Các Sở Giáo dục và Đào tạo, Y tế" name each department.</summary>
    private bool DepartmentList(Mode mode)
    {
        if (!Token.IsWord("cac") || i + 2 >= tokens.Count || !tokens[i + 1].IsWord("so"))
        {
            return false;
        }

        var at = tokens[i + 2].Kind == Colon ? i + 3 : i + 2;
        if (at >= tokens.Count || directory.MatchDepartmentTail(tokens, at) is null && tokens[i + 2].Kind != Colon)
        {
            return false;
        }

        var any = false;
        while (DepartmentAt(at) is { } department)
        {
            Add(mode, new Mention(department.Code, null, MentionRole.Unmarked));
            (i, at, any, lastName) = (department.End, department.End, true, null);
            while (at < tokens.Count && (tokens[at].Kind == Comma || tokens[at].IsWord("va")))
            {
                at++;
            }

            if (at == i)
            {
                break;
            }
        }

        return any;
    }

    /// <summary>"UBND cấp huyện, cấp xã", "Bảo hiểm xã hội tỉnh, cấp huyện": the level replaces that of the name before.</summary>
    private void Elide(Mode mode, (int Start, AgencyMatch Match) last)
    {
        var words = Enumerable.Range(last.Start, last.Match.NameEnd - last.Start).Where(k => tokens[k].Kind == Word).ToList();
        var keep = words.Count;
        if (keep > 1 && tokens[words[keep - 1]].IsWord("tinh"))
        {
            keep--;
        }
        else if (keep > 2 && tokens[words[keep - 2]].IsWord("cap"))
        {
            keep -= 2;
        }

        var head = words.Take(keep).Select(k => tokens[k].Text).ToList();
        if (directory.Match(tokens, i, head) is { } found)
        {
            Add(mode, new Mention(found.Code, null, MentionRole.Unmarked));
            i = found.End;
            return;
        }

        var end = ReadFragment(i);
        var printed = AgencyText.Quote(text, tokens[last.Start], tokens[words[keep - 1]]) + " " + Quote(i, end.LastWord);
        Add(mode, new Mention(null, printed, MentionRole.Unmarked));
        i = end.Next;
    }

    /// <summary>
    /// A name that matches nothing runs to a verb (in a cell of prose; a column holds only names), a bracket, the end of the clause, or a known name
    /// after a comma or "và"; "có liên quan" at its end is not part of it.
    /// </summary>
    private (int LastWord, int Next) ReadFragment(int start)
    {
        var (j, lastWord, separated) = (start, start, false);
        for (; j < tokens.Count; j++)
        {
            var token = tokens[j];
            if (EndsClause(token.Kind) || token.Kind is OpenParen or Colon)
            {
                break;
            }

            if (token.Kind != Word)
            {
                separated |= token.Kind == Comma;
                continue;
            }

            if (j > start && EndsFragment(j, separated))
            {
                break;
            }

            separated = token.IsWord("va");
            lastWord = separated ? lastWord : j;
        }

        while (lastWord - 1 > start && tokens[lastWord].IsWord("quan") && tokens[lastWord - 1].IsWord("lien"))
        {
            lastWord -= tokens[lastWord - 2].IsWord("co") && lastWord - 2 > start ? 3 : 2;
        }

        return (lastWord, j);
    }

    private bool EndsFragment(int j, bool separated) =>
        P.IsLead(tokens, j) || P.IsCoordinate(tokens, j) || (!column && P.IsAction(tokens, j))
        || (separated && (StartsName(j) || P.FillerTrie.Match(tokens, j) is not null));

    private string Quote(int first, int last) => AgencyText.Quote(text, tokens[first], tokens[last]);
}
