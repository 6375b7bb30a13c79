using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Identity;

/// <summary>
/// With a Keycloak server configured (docker-compose's settings), the issuer and keys come from the
/// realm's discovery document fetched over the backchannel: tokens carry the pinned frontend issuer.
/// </summary>
public sealed class KeycloakDiscoveryTests(KeycloakApiFactory factory) : IClassFixture<KeycloakApiFactory>
{
    private static JsonObject Payload(string issuer)
    {
        var payload = TestTokens.Payload("analyst", ["analyst"], []);
        payload["iss"] = issuer;
        return payload;
    }

    private async Task<HttpStatusCode> PostAsync(string token)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        return response.StatusCode;
    }

    [Fact]
    public async Task TokenWithPinnedFrontendIssuer_IsServed_KeysFetchedOverBackchannel()
    {
        var status = await PostAsync(TestTokens.Sign(Payload(KeycloakStub.Issuer)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(factory.Keycloak.Requests, uri => uri.ToString() == KeycloakStub.BackchannelRealm + "/.well-known/openid-configuration");
        Assert.Contains(factory.Keycloak.Requests, uri => uri.ToString() == KeycloakStub.BackchannelRealm + "/protocol/openid-connect/certs");
    }

    [Fact]
    public async Task TokenWithBackchannelIssuer_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TestTokens.Sign(Payload(KeycloakStub.BackchannelRealm))));

    [Fact]
    public async Task TokenFromOtherRealm_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TestTokens.Sign(Payload("http://localhost:8080/realms/other"))));

    [Fact]
    public async Task TokenWithUnknownKid_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            await PostAsync(TestTokens.Sign(Payload(KeycloakStub.Issuer), TestTokens.NewKey("rotated-away"))));

    [Fact]
    public async Task TokenWithoutApiAudience_Returns401()
    {
        var payload = Payload(KeycloakStub.Issuer);
        payload["aud"] = "account";

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TestTokens.Sign(payload)));
    }

    [Fact]
    public async Task DevelopmentSigningSource_IsNotTrusted()
    {
        // The tests' signing key is the one the stub publishes, but the dev-provider issuer is not this realm's.
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TestTokens.Sign(Payload(TestTokens.Issuer))));
    }
}
