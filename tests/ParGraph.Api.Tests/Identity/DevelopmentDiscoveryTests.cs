using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ParGraph.Api.Identity.DevelopmentProvider;
using ParGraph.Api.Tests.Infrastructure;
using static ParGraph.Api.Tests.Identity.TokenClient;

namespace ParGraph.Api.Tests.Identity;

/// <summary>Discovery, keys and signatures of the development identity provider.</summary>
public class DevelopmentDiscoveryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Issuer = "http://localhost/realms/khanhhoa";

    [Fact]
    public async Task Discovery_Document_NamesKeycloakEndpointsOnTheApiOrigin()
    {
        var document = await GetJsonAsync(factory.CreateClient(), "/realms/khanhhoa/.well-known/openid-configuration");

        Assert.Equal(Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(Issuer + "/protocol/openid-connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(Issuer + "/protocol/openid-connect/certs", document.GetProperty("jwks_uri").GetString());
        Assert.Equal(Issuer + "/protocol/openid-connect/auth", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["password", "client_credentials", "refresh_token"], Strings(document.GetProperty("grant_types_supported")));
        Assert.Equal(["RS256"], Strings(document.GetProperty("id_token_signing_alg_values_supported")));
    }

    [Fact]
    public async Task Jwks_PublishesOnePublicRs256SigningKey()
    {
        var jwks = await GetJsonAsync(factory.CreateClient(), "/realms/khanhhoa/protocol/openid-connect/certs");

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal(("RSA", "RS256", "sig"), (key.GetProperty("kty").GetString(), key.GetProperty("alg").GetString(), key.GetProperty("use").GetString()));
        Assert.Equal(factory.Services.GetRequiredService<DevelopmentIdentityProvider>().SigningKey.KeyId, key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _));
        Assert.True(key.GetProperty("n").GetString()!.Length > 300);
    }

    [Fact]
    public async Task AccessToken_Signature_VerifiesAgainstTheJwks()
    {
        var client = factory.CreateClient();
        var keys = new JsonWebKeySet((await GetJsonAsync(client, "/realms/khanhhoa/protocol/openid-connect/certs")).GetRawText());
        var (_, body) = await PasswordAsync(client, "admin");
        var token = body.GetProperty("access_token").GetString()!;

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidIssuer = Issuer,
            ValidAudience = "pargraph-api",
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = new JsonWebToken(token);
        Assert.Equal(("RS256", "JWT", keys.Keys[0].Kid), (jwt.Alg, jwt.Typ, jwt.Kid));
        Assert.True(factory.Services.GetRequiredService<DevelopmentIdentityProvider>().IsIssuer(jwt.Issuer));
    }

    [Fact]
    public async Task RefreshToken_IsNotSignedByTheAccessTokenKey()
    {
        var (_, body) = await PasswordAsync(factory.CreateClient(), "admin");

        var refresh = new JsonWebToken(body.GetProperty("refresh_token").GetString()!);

        Assert.Equal("HS512", refresh.Alg);
        Assert.Equal(Issuer, Assert.Single(refresh.Audiences));
    }

    [Fact]
    public async Task SigningKey_AfterRestart_IsTheSameKey()
    {
        using var first = factory.WithWebHostBuilder(_ => { });
        var before = (await GetJsonAsync(first.CreateClient(), "/realms/khanhhoa/protocol/openid-connect/certs")).GetRawText();
        await first.DisposeAsync();

        using var restarted = factory.WithWebHostBuilder(_ => { });
        var after = (await GetJsonAsync(restarted.CreateClient(), "/realms/khanhhoa/protocol/openid-connect/certs")).GetRawText();

        Assert.Equal(before, after);
        var file = Path.Combine(factory.Home, DevelopmentIdentityProvider.KeyFolderName, DevelopmentSigningKeys.FileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Authorize_Endpoint_ExplainsThatOnlyDirectGrantsAreServed()
    {
        using var response = await factory.CreateClient().GetAsync("/realms/khanhhoa/protocol/openid-connect/auth?client_id=pargraph-ide");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("password, client_credentials and refresh_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
