using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ParGraph.Api.Tests.Infrastructure;
using static ParGraph.Api.Tests.Identity.TokenClient;

namespace ParGraph.Api.Tests.Identity;

/// <summary>The development identity provider's token endpoint answers like Keycloak for each grant.</summary>
public class DevelopmentTokenEndpointTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("admin", "par-admin", "agency:SNV:editor agency:SNV:viewer")]
    [InlineData("snv.editor", null, "agency:SNV:editor agency:SNV:viewer")]
    [InlineData("stttt.editor", null, "agency:STTTT:editor agency:STTTT:viewer")]
    [InlineData("syt.viewer", null, "agency:SYT:viewer")]
    [InlineData("analyst", "analyst", null)]
    [InlineData("ioc.viewer", "ioc", null)]
    public async Task PasswordGrant_DemoUser_ReturnsItsRolesInKeycloakClaims(string username, string? realmRole, string? clientRoles)
    {
        var (status, body) = await PasswordAsync(client, username);

        Assert.Equal(HttpStatusCode.OK, status);
        var claims = Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal(username, claims.GetProperty("preferred_username").GetString());
        Assert.Equal(realmRole is null ? [] : [realmRole],
            claims.TryGetProperty("realm_access", out var realm) ? Strings(realm.GetProperty("roles")) : []);
        Assert.Equal(clientRoles?.Split(' ') ?? [],
            claims.TryGetProperty("resource_access", out var resources) ? Strings(resources.GetProperty("pargraph-api").GetProperty("roles")) : []);
        Assert.Contains("pargraph-api", Strings(claims.GetProperty("aud")));
    }

    [Fact]
    public async Task PasswordGrant_SnvEditor_ResponseAndTokenHaveKeycloakShape()
    {
        var (status, body) = await PasswordAsync(client, "snv.editor");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(300, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(1800, body.GetProperty("refresh_expires_in").GetInt32());
        Assert.Equal(0, body.GetProperty("not-before-policy").GetInt32());
        Assert.Equal("profile email", body.GetProperty("scope").GetString());
        var claims = Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal("http://localhost/realms/khanhhoa", claims.GetProperty("iss").GetString());
        Assert.Equal("pargraph-api", claims.GetProperty("aud").GetString());
        Assert.Equal("pargraph-cli", claims.GetProperty("azp").GetString());
        Assert.Equal("Bearer", claims.GetProperty("typ").GetString());
        Assert.Equal("926e71ac-8901-4c08-9dd9-6f9a348e1a61", claims.GetProperty("sub").GetString());
        Assert.Equal(300, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.Equal(body.GetProperty("session_state").GetString(), claims.GetProperty("sid").GetString());
        Assert.Equal(("SNV Editor", "SNV", "Editor"), (claims.GetProperty("name").GetString(), claims.GetProperty("given_name").GetString(), claims.GetProperty("family_name").GetString()));
        Assert.Equal("snv.editor@pargraph.example", claims.GetProperty("email").GetString());
        Assert.True(claims.GetProperty("email_verified").GetBoolean());
        Assert.True(Guid.TryParse(claims.GetProperty("jti").GetString(), out _));
    }

    [Fact]
    public async Task PasswordGrant_WithOpenIdScope_AlsoReturnsIdToken()
    {
        var (_, body) = await PostAsync(client,
            ("grant_type", "password"), ("client_id", "pargraph-cli"), ("username", "analyst"), ("password", "demo"), ("scope", "openid"));

        Assert.Equal("openid profile email", body.GetProperty("scope").GetString());
        var id = Payload(body.GetProperty("id_token").GetString()!);
        Assert.Equal(("ID", "pargraph-cli"), (id.GetProperty("typ").GetString(), id.GetProperty("aud").GetString()));
    }

    [Theory]
    [InlineData("snv.editor", "wrong")]
    [InlineData("nobody", "demo")]
    [InlineData("service-account-ioc-dashboard", "")]
    public async Task PasswordGrant_BadCredentials_Returns401InvalidGrant(string username, string password)
    {
        var (status, body) = await PasswordAsync(client, username, password);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        AssertError(body, "invalid_grant", "Invalid user credentials");
    }

    [Theory]
    [InlineData("pargraph-ide")]
    [InlineData("agency-portal")]
    public async Task PasswordGrant_ClientWithoutDirectAccessGrants_ReturnsUnauthorizedClient(string clientId)
    {
        var (status, body) = await PasswordAsync(client, "snv.editor", clientId: clientId);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(body, "unauthorized_client", "Client not allowed for direct access grants");
    }

    [Fact]
    public async Task PasswordGrant_ConfidentialClientWithoutDirectAccessGrants_ReturnsUnauthorizedClient()
    {
        var (_, body) = await PostAsync(client, ("grant_type", "password"), ("client_id", "ioc-dashboard"),
            ("client_secret", "ioc-dashboard-secret"), ("username", "snv.editor"), ("password", "demo"));

        Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task ClientCredentials_IocDashboard_ReturnsServiceAccountTokenWithRealmRoleIoc()
    {
        var (status, body) = await PostAsync(client,
            ("grant_type", "client_credentials"), ("client_id", "ioc-dashboard"), ("client_secret", "ioc-dashboard-secret"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("refresh_token", out _));
        var claims = Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal(["ioc"], Strings(claims.GetProperty("realm_access").GetProperty("roles")));
        Assert.Equal("service-account-ioc-dashboard", claims.GetProperty("preferred_username").GetString());
        Assert.Equal(("ioc-dashboard", "ioc-dashboard"), (claims.GetProperty("azp").GetString(), claims.GetProperty("client_id").GetString()));
        Assert.Equal("pargraph-api", claims.GetProperty("aud").GetString());
        Assert.False(claims.TryGetProperty("resource_access", out _));
    }

    [Fact]
    public async Task ClientCredentials_WithBasicAuthentication_ReturnsToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath)
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ioc-dashboard:ioc-dashboard-secret")));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_Returns401()
    {
        var (status, body) = await PostAsync(client,
            ("grant_type", "client_credentials"), ("client_id", "ioc-dashboard"), ("client_secret", "guess"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        AssertError(body, "unauthorized_client", "Invalid client or Invalid client credentials");
    }

    [Fact]
    public async Task ClientCredentials_PublicClient_ReturnsUnauthorizedClient()
    {
        var (status, body) = await PostAsync(client, ("grant_type", "client_credentials"), ("client_id", "pargraph-cli"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RefreshToken_Valid_ReturnsNewTokensForTheSameSession()
    {
        var (_, first) = await PasswordAsync(client, "snv.editor");

        var (status, second) = await PostAsync(client,
            ("grant_type", "refresh_token"), ("client_id", "pargraph-cli"), ("refresh_token", first.GetProperty("refresh_token").GetString()!));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        Assert.Equal(first.GetProperty("session_state").GetString(), second.GetProperty("session_state").GetString());
        var refresh = Payload(second.GetProperty("refresh_token").GetString()!);
        Assert.Equal("Refresh", refresh.GetProperty("typ").GetString());
        Assert.Equal(1800, refresh.GetProperty("exp").GetInt64() - refresh.GetProperty("iat").GetInt64());
        Assert.Contains("agency:SNV:editor", Strings(Payload(second.GetProperty("access_token").GetString()!)
            .GetProperty("resource_access").GetProperty("pargraph-api").GetProperty("roles")));
    }

    [Fact]
    public async Task RefreshToken_Tampered_ReturnsInvalidGrant()
    {
        var (_, first) = await PasswordAsync(client, "snv.editor");
        var parts = first.GetProperty("refresh_token").GetString()!.Split('.');
        var payload = Payload(first.GetProperty("refresh_token").GetString()!).GetRawText().Replace("926e71ac", "8d2cec56", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var (status, body) = await PostAsync(client, ("grant_type", "refresh_token"), ("client_id", "pargraph-cli"), ("refresh_token", tampered));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(body, "invalid_grant", "Invalid refresh token");
    }

    [Fact]
    public async Task RefreshToken_AccessTokenInstead_ReturnsInvalidGrant()
    {
        var (_, first) = await PasswordAsync(client, "snv.editor");

        var (_, body) = await PostAsync(client,
            ("grant_type", "refresh_token"), ("client_id", "pargraph-cli"), ("refresh_token", first.GetProperty("access_token").GetString()!));

        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RefreshToken_OfAnotherClient_ReturnsInvalidGrant()
    {
        var (_, first) = await PasswordAsync(client, "snv.editor");

        var (_, body) = await PostAsync(client, ("grant_type", "refresh_token"), ("client_id", "ioc-dashboard"),
            ("client_secret", "ioc-dashboard-secret"), ("refresh_token", first.GetProperty("refresh_token").GetString()!));

        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("authorization_code", HttpStatusCode.BadRequest, "unsupported_grant_type")]
    [InlineData("", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task Token_UnsupportedOrMissingGrant_ReturnsKeycloakError(string grant, HttpStatusCode expected, string error)
    {
        var (status, body) = await PostAsync(client, ("grant_type", grant), ("client_id", "pargraph-cli"));

        Assert.Equal(expected, status);
        Assert.Equal(error, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_MissingUsernameOrUnknownClient_ReturnsKeycloakErrors()
    {
        var (missingStatus, missing) = await PostAsync(client, ("grant_type", "password"), ("client_id", "pargraph-cli"));
        var (unknownStatus, unknown) = await PasswordAsync(client, "snv.editor", clientId: "no-such-client");

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (missingStatus, missing.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (unknownStatus, unknown.GetProperty("error").GetString()));
    }

    private static void AssertError(JsonElement body, string error, string description)
    {
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal(description, body.GetProperty("error_description").GetString());
    }
}
