namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// A user. Keycloak 24+ refuses the password grant to users without email, first and last name.
/// A service-account user names its client in <see cref="ServiceAccountClientId"/>.
/// </summary>
public sealed record UserRepresentation
{
    /// <summary>Fixed UUID: Keycloak keeps it on import, and it becomes the token's <c>sub</c>.</summary>
    public required string Id { get; init; }

    public required string Username { get; init; }

    public bool Enabled { get; init; } = true;

    public string? Email { get; init; }

    public bool EmailVerified { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? ServiceAccountClientId { get; init; }

    public IReadOnlyList<CredentialRepresentation> Credentials { get; init; } = [];

    public IReadOnlyList<string> RealmRoles { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Group paths, e.g. <c>/agencies/SNV/editors</c>.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
