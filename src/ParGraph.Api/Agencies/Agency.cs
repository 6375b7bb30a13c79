namespace ParGraph.Api.Agencies;

/// <summary>A public body (cơ quan) of the province, or a collective group of them.</summary>
public sealed class Agency
{
    public int Id { get; set; }

    /// <summary>Stable upper-case ASCII code, e.g. <c>SNV</c>, <c>UBND-NHATRANG</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public AgencyKind Kind { get; set; }

    /// <summary>Other spellings used by the documents, for matching text to agencies.</summary>
    public List<string> Aliases { get; set; } = [];

    public int? ParentId { get; set; }

    public Agency? Parent { get; set; }

    /// <summary>The agency that took over this one's work after a merger or renaming.</summary>
    public int? SuccessorId { get; set; }

    public Agency? Successor { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>For a GROUP: the agencies it stands for.</summary>
    public List<Agency> Members { get; set; } = [];

    /// <summary>The groups this agency belongs to.</summary>
    public List<Agency> Groups { get; set; } = [];

    public uint Version { get; set; }
}
