namespace ParGraph.Api.Identity.Realm;

/// <summary>An OpenID Connect client and the grants it may use.</summary>
public sealed record ClientRepresentation
{
    public required string ClientId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    public string Protocol { get; init; } = "openid-connect";

    public string ClientAuthenticatorType { get; init; } = "client-secret";

    /// <summary>The secret of a confidential client; null for public and bearer-only clients.</summary>
    public string? Secret { get; init; }

    public bool BearerOnly { get; init; }

    public bool PublicClient { get; init; }

    public bool StandardFlowEnabled { get; init; }

    public bool ImplicitFlowEnabled { get; init; }

    /// <summary>Whether the client may use the <c>password</c> grant.</summary>
    public bool DirectAccessGrantsEnabled { get; init; }

    /// <summary>Whether the client may use the <c>client_credentials</c> grant (as its service-account user).</summary>
    public bool ServiceAccountsEnabled { get; init; }

    public bool FullScopeAllowed { get; init; } = true;

    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    public IReadOnlyList<string> WebOrigins { get; init; } = [];

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ProtocolMapperRepresentation> ProtocolMappers { get; init; } = [];
}
