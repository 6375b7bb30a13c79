using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Mints access tokens shaped like Keycloak 26's (header <c>alg/typ/kid</c>; payload <c>exp iat jti iss aud
/// sub typ azp sid acr allowed-origins realm_access resource_access scope email_verified name
/// preferred_username given_name family_name email</c>) with an RSA key made for this test run, which
/// <see cref="ParGraphApiFactory"/> registers as the API's <see cref="ITokenSigningSource"/>.
/// A stand-in until the development identity provider issues the tests' tokens.
/// </summary>
public static class TestTokens
{
    public const string Realm = "khanhhoa";
    public const string Issuer = "http://localhost:5080/realms/" + Realm;
    public const string Audience = KeycloakOptions.DefaultResource;
    public const string Client = "pargraph-cli";

    public static RsaSecurityKey Key { get; } = NewKey("pargraph-test-key");

    public static ITokenSigningSource SigningSource { get; } = new Source();

    /// <summary>Roles of the README's demo users (Authentication): (realm roles, pargraph-api client roles).</summary>
    public static IReadOnlyDictionary<string, (string[] Realm, string[] Client)> DemoUsers { get; } =
        new Dictionary<string, (string[], string[])>
        {
            ["admin"] = (["par-admin"], ["agency:SNV:editor"]),
            ["snv.editor"] = ([], ["agency:SNV:editor"]),
            ["stttt.editor"] = ([], ["agency:STTTT:editor"]),
            ["syt.viewer"] = ([], ["agency:SYT:viewer"]),
            ["analyst"] = (["analyst"], []),
            ["ioc.viewer"] = (["ioc"], []),
        };

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>A signed token for a demo user (see <see cref="DemoUsers"/>).</summary>
    public static string For(string username)
    {
        var (realm, client) = DemoUsers[username];
        return Sign(Payload(username, realm, client));
    }

    /// <summary>The payload of a Keycloak access token, valid for five minutes from now.</summary>
    public static JsonObject Payload(string username, string[] realmRoles, string[] clientRoles)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["exp"] = now + 300,
            ["iat"] = now,
            ["jti"] = "onrtro:" + Guid.NewGuid(),
            ["iss"] = Issuer,
            ["aud"] = new JsonArray(Audience, "account"),
            ["sub"] = SubjectOf(username),
            ["typ"] = "Bearer",
            ["azp"] = Client,
            ["sid"] = Guid.NewGuid().ToString(),
            ["acr"] = "1",
            ["allowed-origins"] = new JsonArray("/*"),
            ["realm_access"] = new JsonObject
            {
                ["roles"] = Array(["default-roles-" + Realm, "offline_access", "uma_authorization", .. realmRoles]),
            },
            ["resource_access"] = new JsonObject
            {
                [Audience] = new JsonObject { ["roles"] = Array(clientRoles) },
                ["account"] = new JsonObject { ["roles"] = Array(["manage-account", "manage-account-links", "view-profile"]) },
            },
            ["scope"] = "openid profile email",
            ["email_verified"] = true,
            ["name"] = "Demo " + username,
            ["preferred_username"] = username,
            ["given_name"] = "Demo",
            ["family_name"] = username,
            ["email"] = username + "@demo.khanhhoa.gov.vn",
        };
    }

    /// <summary>A stable subject per username, like Keycloak's user ids.</summary>
    public static string SubjectOf(string username) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes(username))).ToString();

    public static string Sign(JsonObject payload, SecurityKey? key = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(key ?? Key, algorithm));

    /// <summary>An unsigned token (<c>alg: none</c>) with an empty signature.</summary>
    public static string Unsigned(JsonObject payload) =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + Base64UrlEncoder.Encode(payload.ToJsonString()) + ".";

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private sealed class Source : ITokenSigningSource
    {
        public SecurityKey SigningKey => Key;

        public bool IsIssuer(string issuer) =>
            Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/realms/" + Realm && uri.Query.Length == 0 && uri.Fragment.Length == 0;
    }
}
