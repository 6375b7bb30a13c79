using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Authorization;

namespace ParGraph.Api.Tests.Identity;

/// <summary>The hook that WebSocket <c>connection_init</c> tokens go through: same rules as the HTTP header.</summary>
public class JwtBearerTokenAuthenticatorTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private IBearerTokenAuthenticator Authenticator => factory.Services.GetRequiredService<IBearerTokenAuthenticator>();

    [Fact]
    public async Task Authenticate_TokenFromTheIdentityProvider_GivesTheUserWithRolesAndExpiry()
    {
        var token = await factory.RequestTokenAsync("snv.editor");

        var result = await Authenticator.AuthenticateAsync(token, default);

        Assert.NotNull(result);
        Assert.Equal("snv.editor", result.User.Identity?.Name);
        Assert.True(result.User.IsInRole("agency:SNV:editor"));
        Assert.Single(result.User.FindAll(ClaimTypes.Role), c => c.Value == "agency:SNV:editor");
        Assert.InRange(result.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5.5));
    }

    [Fact]
    public async Task Authenticate_Garbage_IsNull() =>
        Assert.Null(await Authenticator.AuthenticateAsync("not-a-token", default));

    [Fact]
    public async Task Authenticate_ExpiredToken_IsNull()
    {
        var payload = TestTokens.Payload("analyst", ["analyst"], []);
        var past = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();
        payload["iat"] = past - 300;
        payload["exp"] = past;

        Assert.Null(await Authenticator.AuthenticateAsync(TestTokens.Sign(payload), default));
    }

    [Fact]
    public async Task Authenticate_RefreshToken_IsNotAnAccessToken()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/realms/khanhhoa/protocol/openid-connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "pargraph-cli",
                ["username"] = "analyst",
                ["password"] = "demo",
            }));
        var refresh = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["refresh_token"]!.GetValue<string>();

        Assert.Null(await Authenticator.AuthenticateAsync(refresh, default));
    }
}
