namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// The part of Keycloak's realm representation (<c>kc.sh export</c> / <c>--import-realm</c> JSON)
/// that ParGraph's realm file uses; property names are Keycloak's.
/// </summary>
public sealed record RealmRepresentation
{
    public required string Realm { get; init; }

    public string? DisplayName { get; init; }

    public bool Enabled { get; init; } = true;

    public string SslRequired { get; init; } = "external";

    public string DefaultSignatureAlgorithm { get; init; } = "RS256";

    /// <summary>Seconds an access token lives (Keycloak's default: 300).</summary>
    public int AccessTokenLifespan { get; init; } = 300;

    /// <summary>Seconds a session (and so a refresh token) lives without use (Keycloak's default: 1800).</summary>
    public int SsoSessionIdleTimeout { get; init; } = 1800;

    public int SsoSessionMaxLifespan { get; init; } = 36000;

    public bool RegistrationAllowed { get; init; }

    public bool LoginWithEmailAllowed { get; init; } = true;

    public RolesRepresentation Roles { get; init; } = new();

    public IReadOnlyList<GroupRepresentation> Groups { get; init; } = [];

    public IReadOnlyList<ClientRepresentation> Clients { get; init; } = [];

    public IReadOnlyList<UserRepresentation> Users { get; init; } = [];
}
