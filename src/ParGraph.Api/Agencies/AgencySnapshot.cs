namespace ParGraph.Api.Agencies;

/// <summary>What the audit log keeps of an agency.</summary>
public sealed record AgencySnapshot(
    string Code, string Name, string? ShortName, AgencyKind Kind, IReadOnlyList<string> Aliases,
    int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public static AgencySnapshot Of(Agency a) =>
        new(a.Code, a.Name, a.ShortName, a.Kind, [.. a.Aliases], a.ParentId, a.ValidFrom, a.ValidTo);
}
