using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Hosting;

public sealed class HostingTests
{
    private static readonly Dictionary<string, string?> PortalOrigin = new()
    {
        ["Cors:AllowedOrigins:0"] = "https://portal.khanhhoa.gov.vn",
    };

    [Fact]
    public async Task Start_InitialisesSingletonSchema()
    {
        await using var server = await TestServer.StartAsync();

        var schema = server.Services.GetRequiredService<ISchema>();

        Assert.True(schema.Initialized);
        Assert.Same(schema, server.Services.GetRequiredService<ISchema>());
    }

    [Fact]
    public async Task Preflight_FromAllowedOrigin_AllowsPostWithAuthorization()
    {
        await using var server = await TestServer.StartAsync(PortalOrigin);

        var response = await server.SendAsync(HttpMethod.Options, "", null, null, null, new Dictionary<string, string>
        {
            ["Origin"] = "https://portal.khanhhoa.gov.vn",
            ["Access-Control-Request-Method"] = "POST",
            ["Access-Control-Request-Headers"] = "authorization,content-type",
        });

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal("https://portal.khanhhoa.gov.vn", response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Header("Access-Control-Allow-Methods"));
        Assert.Contains("authorization", response.Header("Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_ExposesWwwAuthenticate()
    {
        await using var server = await TestServer.StartAsync(PortalOrigin);

        var response = await server.SendAsync(HttpMethod.Post, "", """{"query":"{ __typename }"}""", null, "application/json",
            new Dictionary<string, string> { ["Origin"] = "https://portal.khanhhoa.gov.vn" });

        Assert.Equal("https://portal.khanhhoa.gov.vn", response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("WWW-Authenticate", response.Header("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Preflight_FromOtherOrigin_IsNotAllowed()
    {
        await using var server = await TestServer.StartAsync(PortalOrigin);

        var response = await server.SendAsync(HttpMethod.Options, "", null, null, null, new Dictionary<string, string>
        {
            ["Origin"] = "https://evil.example",
            ["Access-Control-Request-Method"] = "POST",
        });

        Assert.Equal("", response.Header("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("GraphQLHttp:Path", "graphql")]
    [InlineData("GraphQLHttp:MaxRequestBodyBytes", "0")]
    [InlineData("GraphQLExecution:MaxDepth", "0")]
    [InlineData("Cors:AllowedOrigins:0", "not an origin")]
    public async Task Start_WithInvalidOptions_Fails(string key, string value)
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestServer.StartAsync(new Dictionary<string, string?> { [key] = value }));
    }
}
