using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Keycloak's discovery and certs endpoints as docker-compose shows them to the API: reached at
/// <see cref="BackchannelUrl"/> (<c>http://keycloak:8080</c>) while the discovery document names the pinned
/// frontend issuer <see cref="Issuer"/> (<c>KC_HOSTNAME=http://localhost:8080</c>) and, because of
/// <c>KC_HOSTNAME_BACKCHANNEL_DYNAMIC</c>, a <c>jwks_uri</c> on the backchannel address.
/// Serves <see cref="TestTokens.Key"/>'s public half. Use it as JwtBearer's backchannel handler.
/// </summary>
public sealed class KeycloakStub : HttpMessageHandler
{
    public const string BackchannelUrl = "http://keycloak:8080/";
    public const string Issuer = "http://localhost:8080/realms/" + TestTokens.Realm;
    public const string BackchannelRealm = "http://keycloak:8080/realms/" + TestTokens.Realm;

    public ConcurrentQueue<Uri> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request.RequestUri!);
        var body = request.RequestUri!.ToString() switch
        {
            BackchannelRealm + "/.well-known/openid-configuration" => Discovery(),
            BackchannelRealm + "/protocol/openid-connect/certs" => Certs(),
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") });
    }

    private static JsonObject Discovery() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/protocol/openid-connect/auth",
        ["token_endpoint"] = BackchannelRealm + "/protocol/openid-connect/token",
        ["jwks_uri"] = BackchannelRealm + "/protocol/openid-connect/certs",
        ["userinfo_endpoint"] = BackchannelRealm + "/protocol/openid-connect/userinfo",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["grant_types_supported"] = new JsonArray("authorization_code", "client_credentials", "password", "refresh_token"),
    };

    private static JsonObject Certs()
    {
        var key = TestTokens.Key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kid"] = TestTokens.Key.KeyId,
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["use"] = "sig",
                ["n"] = Base64UrlEncoder.Encode(key.Modulus),
                ["e"] = Base64UrlEncoder.Encode(key.Exponent),
            }),
        };
    }
}
