using System.Text.Json.Nodes;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>The OpenID discovery document, the JWKS, and an authorization endpoint that says what it cannot do.</summary>
internal static class DiscoveryEndpoints
{
    public const string ProtocolPath = "/protocol/openid-connect";

    public static IResult Configuration(HttpContext http, DevelopmentIdentityProvider provider)
    {
        var issuer = provider.IssuerFor(http.Request);
        var protocol = issuer + ProtocolPath;
        return Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = protocol + "/auth",
            ["token_endpoint"] = protocol + "/token",
            ["jwks_uri"] = protocol + "/certs",
            ["grant_types_supported"] = Array(TokenEndpoint.SupportedGrants),
            ["response_types_supported"] = new JsonArray(),
            ["subject_types_supported"] = Array(["public"]),
            ["id_token_signing_alg_values_supported"] = Array(["RS256"]),
            ["token_endpoint_auth_methods_supported"] = Array(["client_secret_basic", "client_secret_post"]),
            ["scopes_supported"] = Array(["openid", "profile", "email"]),
            ["claims_supported"] = Array(
                ["iss", "sub", "aud", "exp", "iat", "azp", "sid", "typ", "preferred_username", "name", "given_name", "family_name", "email", "email_verified", "realm_access", "resource_access"]),
        });
    }

    public static IResult Certificates(DevelopmentIdentityProvider provider)
    {
        var jwk = provider.Keys.PublicJwk;
        var key = new JsonObject
        {
            ["kid"] = jwk.Kid,
            ["kty"] = jwk.Kty,
            ["alg"] = jwk.Alg,
            ["use"] = jwk.Use,
            ["n"] = jwk.N,
            ["e"] = jwk.E,
        };
        return Results.Json(new JsonObject { ["keys"] = new JsonArray(key) });
    }

    /// <summary>The browser flow (authorization code + PKCE) is Keycloak's only; say so instead of a bare 404.</summary>
    public static IResult Authorize() => Results.Text(
        "The development identity provider serves only the password, client_credentials and refresh_token grants; " +
        "it has no login page for the authorization-code flow. Get a token with\n" +
        "  curl -s -d grant_type=password -d client_id=pargraph-cli -d username=snv.editor -d password=demo <api-url>/realms/khanhhoa/protocol/openid-connect/token\n" +
        "and paste it into the IDE as the header 'Authorization: Bearer <access_token>', or run Keycloak (docker compose up) for the browser flow.\n",
        statusCode: StatusCodes.Status501NotImplemented);

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
