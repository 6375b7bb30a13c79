using System.Text.Json.Serialization;

namespace ParGraph.Api.Agencies;

/// <summary>What the audit log keeps of an agency; <see cref="Groups"/> (codes) only when a change touched them.</summary>
public sealed record AgencySnapshot(
    string Code, string Name, string? ShortName, AgencyKind Kind, IReadOnlyList<string> Aliases,
    int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, int? SuccessorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Groups = null)
{
    public static AgencySnapshot Of(Agency a) =>
        new(a.Code, a.Name, a.ShortName, a.Kind, [.. a.Aliases], a.ParentId, a.ValidFrom, a.ValidTo, a.SuccessorId);

    /// <summary>With the codes of the groups the agency belongs to (load <see cref="Agency.Groups"/> first).</summary>
    public static AgencySnapshot WithGroups(Agency a) =>
        Of(a) with { Groups = [.. a.Groups.Select(g => g.Code).Order(StringComparer.Ordinal)] };
}
