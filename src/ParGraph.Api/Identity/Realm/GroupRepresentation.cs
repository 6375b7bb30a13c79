namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// A group; members inherit the role mappings of the group and of all its ancestors, as in Keycloak.
/// </summary>
public sealed record GroupRepresentation
{
    public required string Name { get; init; }

    public required string Path { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> RealmRoles { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<GroupRepresentation> SubGroups { get; init; } = [];
}
