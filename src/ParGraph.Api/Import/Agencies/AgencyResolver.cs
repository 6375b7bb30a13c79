namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// Turns the responsibility texts of plan documents into lead and coordinating agencies.
/// <list type="bullet">
/// <item>Clauses: the text splits at bullets ("- " at a line start, or spaced before a capital), ';' and '.'.</item>
/// <item>"X chủ trì" → X leads; "X chủ trì(,) phối hợp (với|:) Y" → Y coordinates; "X phối hợp" → X coordinates;
/// "X phối hợp với Y" with no lead anywhere in the text → X leads, Y coordinates.</item>
/// <item>Names with no role verb ("Sở Tài chính thẩm định", a bare list) lead, unless the text names a lead
/// with "chủ trì"; then they coordinate.</item>
/// <item>Any other verb ends a clause's names: "tham mưu UBND tỉnh", "trình HĐND tỉnh", "gửi Sở Nội vụ thẩm định"
/// name bodies that are advised or sent to, not assigned. "Trên cơ sở …, X …" and "Sau khi …, X …" skip to X.</item>
/// <item>Lists: ',', ';' (in a coordinating list), "và"; "Các Sở: A, B" and "Các Sở A, B" expand to each "Sở A";
/// "UBND cấp huyện, cấp xã" names both levels.</item>
/// <item>Reviewed filler (<see cref="ResponsibilityPhrases.Filler"/>: "các cơ quan liên quan" …) is dropped; any
/// other fragment in a name's place that matches no agency is reported in <see cref="ResolvedAssignment.Unresolved"/>.
/// In a single cell of prose only fragments that start like a body ("các …", "Sở …", "doanh nghiệp …") count.</item>
/// </list>
/// </summary>
public sealed class AgencyResolver(AgencyDirectory directory)
{
    /// <summary>A single cell naming lead and coordinating agencies together (000, 004).</summary>
    public ResolvedAssignment Resolve(string? responsibilityText)
    {
        if (string.IsNullOrWhiteSpace(responsibilityText))
        {
            return ResolvedAssignment.Empty;
        }

        var mentions = ResponsibilityParser.Parse(directory, responsibilityText, column: false);
        var namesLead = mentions.Any(m => m.Role is MentionRole.Lead or MentionRole.Unmarked);
        var explicitLead = mentions.Any(m => m.Role == MentionRole.Lead);
        return Assemble(mentions.Select(m => (m, m.Role switch
        {
            MentionRole.Lead => true,
            MentionRole.Unmarked => !explicitLead,
            MentionRole.CoordinatingSubject => !namesLead,
            _ => false,
        }))) with { HasText = true };
    }

    /// <summary>Separate lead and coordinating columns (001: implementing · guiding agency; 002; 003).</summary>
    public ResolvedAssignment Resolve(string? leadText, string? coordinatingText)
    {
        var lead = string.IsNullOrWhiteSpace(leadText) ? [] : ResponsibilityParser.Parse(directory, leadText, column: true);
        var coordinating = string.IsNullOrWhiteSpace(coordinatingText)
            ? []
            : ResponsibilityParser.Parse(directory, coordinatingText, column: true);
        return Assemble(lead.Select(m => (m, m.Role != MentionRole.Coordinating)).Concat(coordinating.Select(m => (m, false)))) with
        {
            HasText = !string.IsNullOrWhiteSpace(leadText) || !string.IsNullOrWhiteSpace(coordinatingText),
        };
    }

    private static ResolvedAssignment Assemble(IEnumerable<(Mention Mention, bool Lead)> mentions)
    {
        var list = mentions.ToList();
        var lead = list.Where(m => m.Lead && m.Mention.Code is not null).Select(m => m.Mention.Code!).Distinct().ToList();
        var coordinating = list.Where(m => !m.Lead && m.Mention.Code is not null).Select(m => m.Mention.Code!)
            .Distinct().Except(lead).ToList();
        var unresolved = list.Select(m => m.Mention.Unresolved).OfType<string>().Distinct().ToList();
        return new ResolvedAssignment(lead, coordinating, unresolved);
    }
}
