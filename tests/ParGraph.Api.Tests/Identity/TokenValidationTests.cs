using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Identity;

/// <summary>Every GraphQL request needs a valid access token; each broken token is answered 401.</summary>
public sealed class TokenValidationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private static JsonObject Analyst() => TestTokens.Payload("analyst", ["analyst"], []);

    private static long Now(int plusSeconds = 0) => DateTimeOffset.UtcNow.ToUnixTimeSeconds() + plusSeconds;

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var client = token is null ? factory.CreateClient() : factory.CreateClientWithToken(token);
        return await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
    }

    private async Task AssertRejectedAsync(string token)
    {
        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(ErrorCodes.Unauthenticated, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ValidKeycloakToken_IsServed()
    {
        using var response = await PostAsync(TestTokens.Sign(Analyst()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoToken_Returns401WithBareBearerChallenge()
    {
        using var response = await PostAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Contains("\"UNAUTHENTICATED\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public Task Expired_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(With(Analyst(), exp: Now(-120), iat: Now(-420))));

    [Fact]
    public async Task ExpiredWithinClockSkew_IsServed()
    {
        using var response = await PostAsync(TestTokens.Sign(With(Analyst(), exp: Now(-10), iat: Now(-310))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task NotYetValid_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(With(Analyst(), nbf: Now(120), exp: Now(420))));

    [Fact]
    public Task WrongIssuer_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(With(Analyst(), iss: "https://accounts.example.com/")));

    [Fact]
    public Task WrongRealm_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(With(Analyst(), iss: "http://localhost:5080/realms/other")));

    [Fact]
    public Task WrongAudience_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(With(Analyst(), aud: new JsonArray("account", "ioc-dashboard"))));

    [Fact]
    public Task AlgNone_Returns401() => AssertRejectedAsync(TestTokens.Unsigned(Analyst()));

    [Fact]
    public Task TamperedPayload_Returns401()
    {
        var parts = TestTokens.Sign(Analyst()).Split('.');
        var admin = TestTokens.Payload("analyst", ["analyst", "par-admin"], []);
        return AssertRejectedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(admin.ToJsonString())}.{parts[2]}");
    }

    [Fact]
    public Task TamperedSignature_Returns401()
    {
        var token = TestTokens.Sign(Analyst());
        var flipped = token[^5] == 'A' ? 'B' : 'A';
        return AssertRejectedAsync(token[..^5] + flipped + token[^4..]);
    }

    [Fact]
    public Task UnknownKid_SignedByAnotherKey_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(Analyst(), TestTokens.NewKey("someone-else")));

    [Fact]
    public Task OtherKeyClaimingOurKid_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(Analyst(), TestTokens.NewKey(TestTokens.Key.KeyId)));

    [Fact]
    public Task SymmetricAlgorithm_Returns401() =>
        AssertRejectedAsync(TestTokens.Sign(Analyst(), new SymmetricSecurityKey(new byte[32]) { KeyId = TestTokens.Key.KeyId }, SecurityAlgorithms.HmacSha256));

    [Fact]
    public Task IdToken_Returns401()
    {
        var payload = Analyst();
        payload["typ"] = "ID";
        return AssertRejectedAsync(TestTokens.Sign(payload));
    }

    [Fact]
    public Task Garbage_Returns401() => AssertRejectedAsync("not.a.jwt");

    [Fact]
    public async Task HealthAndIdePage_StayPublic()
    {
        using var client = factory.CreateClient();
        using var live = await client.GetAsync("/health/live");
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        using var ide = await client.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);
    }

    private static JsonObject With(JsonObject payload, long? exp = null, long? iat = null, long? nbf = null, string? iss = null, JsonNode? aud = null)
    {
        if (exp is not null)
            payload["exp"] = exp;
        if (iat is not null)
            payload["iat"] = iat;
        if (nbf is not null)
            payload["nbf"] = nbf;
        if (iss is not null)
            payload["iss"] = iss;
        if (aud is not null)
            payload["aud"] = aud;
        return payload;
    }
}
