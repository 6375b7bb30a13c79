using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ParGraph.Server.Authorization;
using ParGraph.Server.Hosting;
using ParGraph.Server.Transport;

namespace ParGraph.Server.Tests.Authorization;

public sealed class AuthorizationValidationRuleTests : IDisposable
{
    private readonly ServiceProvider services;

    public AuthorizationValidationRuleTests()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" });
        collection.AddLogging();
        collection.AddSingleton<RestrictedType>();
        collection.AddAuthorization(o => o.AddPolicy("Editors", p => p.RequireClaim("editor")));
        collection.AddParGraphServer(new ConfigurationBuilder().Build(), b => b
            .AddSchema<AuthorizationTestSchema>()
            .AddParGraphAuthorization());
        services = collection.BuildServiceProvider();
    }

    private static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "Test"));

    private static ClaimsPrincipal InRole(string role) => User(new Claim(ClaimTypes.Role, role));

    [Fact]
    public async Task RoleField_UserWithoutRole_IsForbiddenAndNullWhileOtherFieldsResolve()
    {
        var result = await RunAsync("{ open adminOnly }", InRole("analyst"));

        Assert.Equal("open", result.RootElement.GetProperty("data").GetProperty("open").GetString());
        Assert.Equal(JsonValueKind.Null, result.RootElement.GetProperty("data").GetProperty("adminOnly").ValueKind);
        var error = Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("adminOnly", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task RoleField_UserInRole_Resolves()
    {
        var result = await RunAsync("{ adminOnly }", InRole("admin"));
        Assert.Equal("admin", result.RootElement.GetProperty("data").GetProperty("adminOnly").GetString());
        Assert.False(result.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task GuardedField_Anonymous_IsUnauthenticated()
    {
        var result = await RunAsync("{ adminOnly }", Anonymous);
        Assert.Equal("UNAUTHENTICATED", Code(result));
    }

    [Theory]
    [InlineData("editor", "editor")]
    [InlineData("other", null)]
    public async Task PolicyField_FollowsThePolicy(string claim, string? expected)
    {
        var result = await RunAsync("{ editorsOnly }", User(new Claim(claim, "yes")));
        Assert.Equal(expected, result.RootElement.GetProperty("data").GetProperty("editorsOnly").GetString());
    }

    [Fact]
    public async Task NonNullGuardedField_Denied_NullsTheParentAsTheSpecSays()
    {
        var result = await RunAsync("{ open adminRequired }", InRole("analyst"));
        Assert.Equal(JsonValueKind.Null, result.RootElement.GetProperty("data").ValueKind);
        Assert.Equal("FORBIDDEN", Code(result));
    }

    [Theory]
    [InlineData("{ restricted { value } }", "analyst", "restricted value")]
    [InlineData("{ restricted { value } }", "ioc", null)]
    [InlineData("{ restricted { ...F } } fragment F on Restricted { value }", "ioc", null)]
    [InlineData("{ restricted { ... on Restricted { value } } }", "ioc", null)]
    public async Task GuardedType_AppliesToItsFieldsThroughFragmentsToo(string query, string role, string? expected)
    {
        var result = await RunAsync(query, InRole(role));
        var restricted = result.RootElement.GetProperty("data").GetProperty("restricted");
        Assert.Equal(expected, restricted.GetProperty("value").GetString());
    }

    [Fact]
    public async Task GuardedType_AnonymousAllowedField_Resolves()
    {
        var result = await RunAsync("{ restricted { label } }", InRole("ioc"));
        Assert.Equal("public label", result.RootElement.GetProperty("data").GetProperty("restricted").GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("{ search(text: \"a\") }", "searched")]
    [InlineData("{ search(hidden: \"a\") }", null)]
    public async Task GuardedArgument_DeniesTheFieldOnlyWhenUsed(string query, string? expected)
    {
        var result = await RunAsync(query, InRole("ioc"));
        Assert.Equal(expected, result.RootElement.GetProperty("data").GetProperty("search").GetString());
    }

    [Fact]
    public async Task CachedDocument_IsCheckedForEveryUser()
    {
        const string query = "{ adminOnly }";
        var admin = await RunAsync(query, InRole("admin"));
        var other = await RunAsync(query, InRole("ioc"));
        var adminAgain = await RunAsync(query, InRole("admin"));

        Assert.Equal("admin", admin.RootElement.GetProperty("data").GetProperty("adminOnly").GetString());
        Assert.Equal("FORBIDDEN", Code(other));
        Assert.Equal("admin", adminAgain.RootElement.GetProperty("data").GetProperty("adminOnly").GetString());
    }

    private async Task<JsonDocument> RunAsync(string query, ClaimsPrincipal user)
    {
        await using var scope = services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<GraphQLRequestExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, null, null, null, null), scope.ServiceProvider, user, null, default);
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonDocument.Parse(json);
    }

    private static string? Code(JsonDocument result) =>
        result.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public void Dispose() => services.Dispose();
}
