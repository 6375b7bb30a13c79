namespace ParGraph.Api.Import.Agencies;

/// <summary>The part a body plays in a responsibility text, as far as the clause that names it says.</summary>
internal enum MentionRole
{
    /// <summary>"X chủ trì".</summary>
    Lead,

    /// <summary>"X phối hợp", "… phối hợp (với) X", or any name in a coordinating column.</summary>
    Coordinating,

    /// <summary>Named with no role verb ("Sở Tài chính thẩm định", a bare list): lead unless the text names a lead.</summary>
    Unmarked,

    /// <summary>"X phối hợp với Y …" with no lead anywhere: X does the work, so X leads; otherwise X coordinates.</summary>
    CoordinatingSubject,
}

/// <summary>A body found in a responsibility text: a registry code, or the printed fragment that matched nothing.</summary>
internal readonly record struct Mention(string? Code, string? Unresolved, MentionRole Role);
