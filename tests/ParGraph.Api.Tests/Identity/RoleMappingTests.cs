using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Api.Identity;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Identity;

/// <summary>Keycloak's realm_access and resource_access.pargraph-api roles become role claims, once each.</summary>
public sealed class RoleMappingTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    /// <summary>Authenticates <paramref name="token"/> as a request would: JwtBearer, then the claims transformation.</summary>
    private async Task<ClaimsPrincipal> AuthenticateAsync(string token)
    {
        using var scope = factory.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = "Bearer " + token;
        var result = await context.AuthenticateAsync();
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Principal!;
    }

    private static string[] Roles(ClaimsPrincipal user) =>
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task AdminToken_MapsRealmAndClientRoles_ExactlyOnce()
    {
        var user = await AuthenticateAsync(TestTokens.For("admin"));

        Assert.Equal(["agency:SNV:editor", "default-roles-khanhhoa", "offline_access", "par-admin", "uma_authorization"], Roles(user));
        Assert.True(user.IsInRole("par-admin"));
        Assert.True(user.IsInRole("agency:SNV:editor"));
        Assert.False(user.IsInRole("manage-account"));
        Assert.Equal("admin", user.Identity!.Name);
    }

    [Fact]
    public async Task Transformation_RunTwice_AddsNothing()
    {
        var user = await AuthenticateAsync(TestTokens.For("snv.editor"));
        var before = user.Claims.Count();
        var transformation = factory.Services.GetRequiredService<IClaimsTransformation>();

        var again = await transformation.TransformAsync(await transformation.TransformAsync(user));

        Assert.Equal(before, again.Claims.Count());
        Assert.Single(again.FindAll(ClaimTypes.Role), c => c.Value == "agency:SNV:editor");
    }

    [Fact]
    public async Task ClaimsStayAsIssued()
    {
        var user = await AuthenticateAsync(TestTokens.For("ioc.viewer"));

        Assert.Equal(TestTokens.SubjectOf("ioc.viewer"), user.FindFirst("sub")?.Value);
        Assert.Equal(TestTokens.Client, user.FindFirst("azp")?.Value);
        Assert.Equal("ioc.viewer", user.FindFirst("preferred_username")?.Value);
        Assert.Null(user.FindFirst(ClaimTypes.NameIdentifier));
        Assert.Contains("ioc", Roles(user));
    }

    [Fact]
    public async Task ServiceAccountWithoutClientRoles_GetsRealmRolesOnly()
    {
        var payload = TestTokens.Payload("service-account-ioc-dashboard", ["ioc"], []);
        payload["azp"] = "ioc-dashboard";
        payload["resource_access"]!.AsObject().Remove(TestTokens.Audience);

        var user = await AuthenticateAsync(TestTokens.Sign(payload));

        Assert.Equal(["default-roles-khanhhoa", "ioc", "offline_access", "uma_authorization"], Roles(user));
    }

    [Fact]
    public void RolesOfOtherClients_AreNotMapped()
    {
        var identity = IdentityWith(
            """{"roles":["analyst"]}""",
            """{"pargraph-api":{"roles":["agency:SYT:viewer"]},"realm-management":{"roles":["view-users"]}}""");

        KeycloakRolesClaimsTransformation.AddRoleClaims(identity, "pargraph-api");

        Assert.Equal(["agency:SYT:viewer", "analyst"], Roles(new ClaimsPrincipal(identity)));
    }

    [Theory]
    [InlineData("""not json""", """{"pargraph-api":"not an object"}""")]
    [InlineData("""{"roles":"par-admin"}""", """{"pargraph-api":{"roles":[1,null,""]}}""")]
    [InlineData("""[]""", """{}""")]
    public void MalformedRoleClaims_AddNothing(string realmAccess, string resourceAccess)
    {
        var identity = IdentityWith(realmAccess, resourceAccess);

        KeycloakRolesClaimsTransformation.AddRoleClaims(identity, "pargraph-api");

        Assert.Empty(identity.FindAll(ClaimTypes.Role));
    }

    [Fact]
    public async Task ResourceIsConfigurable()
    {
        var options = Options.Create(new KeycloakOptions { Resource = "other-api" });
        var identity = IdentityWith("""{"roles":[]}""", """{"other-api":{"roles":["reader"]},"pargraph-api":{"roles":["writer"]}}""");

        await new KeycloakRolesClaimsTransformation(options).TransformAsync(new ClaimsPrincipal(identity));

        Assert.Equal(["reader"], Roles(new ClaimsPrincipal(identity)));
    }

    private static ClaimsIdentity IdentityWith(string realmAccess, string resourceAccess) => new(
        [
            new Claim("realm_access", realmAccess, "JSON"),
            new Claim("resource_access", resourceAccess, "JSON"),
        ],
        "Bearer", "preferred_username", ClaimTypes.Role);
}
