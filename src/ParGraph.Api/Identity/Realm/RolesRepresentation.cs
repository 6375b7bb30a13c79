namespace ParGraph.Api.Identity.Realm;

/// <summary>A realm's roles: realm roles, and client roles keyed by client id.</summary>
public sealed record RolesRepresentation
{
    public IReadOnlyList<RoleRepresentation> Realm { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<RoleRepresentation>> Client { get; init; } =
        new Dictionary<string, IReadOnlyList<RoleRepresentation>>();
}
