using System.Net;
using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

/// <summary>docs/transport.md: no or invalid bearer token where one is required → 401, WWW-Authenticate, UNAUTHENTICATED.</summary>
public sealed class AuthenticationRuleTests
{
    private const string Query = """{"query":"{ hello }"}""";
    private const string Origin = "https://portal.khanhhoa.gov.vn";

    private static readonly Dictionary<string, string?> Required = new()
    {
        ["GraphQLHttp:RequireAuthentication"] = "true",
        ["Cors:AllowedOrigins:0"] = Origin,
    };

    [Fact]
    public async Task Post_WithoutUser_Returns401WithBearerChallenge()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.PostAsync(Query, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", response.Header("WWW-Authenticate"));
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.False(response.HasData);
        Assert.Equal(ErrorCodes.Unauthenticated, response.FirstErrorCode);
        Assert.Equal(1, response.Json.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Get_WithRejectedToken_Returns401WithInvalidTokenError()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.SendAsync(HttpMethod.Get, "?query=%7B%20hello%20%7D", null, "application/json", null,
            new Dictionary<string, string> { ["Authorization"] = "Bearer not-a-valid-token" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Header("WWW-Authenticate"));
        Assert.Equal(ErrorCodes.Unauthenticated, response.FirstErrorCode);
    }

    [Fact]
    public async Task Post_Batch_WithoutUser_Returns401()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.PostAsync("""[{"query":"{ hello }"},{"query":"{ agencyName }"}]""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(ErrorCodes.Unauthenticated, response.FirstErrorCode);
    }

    [Fact]
    public async Task Post_WithUser_IsExecuted()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.SendAsync(HttpMethod.Post, "", """{"query":"{ me }"}""", null, "application/json",
            new Dictionary<string, string> { [TestServer.UserHeader] = "analyst" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("analyst", response.Data.GetProperty("me").GetString());
    }

    [Fact]
    public async Task Post_WhenNotRequired_AnonymousIsExecuted()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Preflight_WithoutUser_IsAnsweredByCors()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.SendAsync(HttpMethod.Options, "", null, null, null, new Dictionary<string, string>
        {
            ["Origin"] = Origin,
            ["Access-Control-Request-Method"] = "POST",
            ["Access-Control-Request-Headers"] = "authorization,content-type",
        });

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(Origin, response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_WithoutUser_ExposesTheChallengeToTheBrowser()
    {
        await using var server = await TestServer.StartAsync(Required);

        var response = await server.SendAsync(HttpMethod.Post, "", Query, null, "application/json",
            new Dictionary<string, string> { ["Origin"] = Origin });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(Origin, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("WWW-Authenticate", response.Header("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task IdePageAndFiles_WithoutUser_StayPublic()
    {
        await using var server = await TestServer.StartAsync(Required, prepareContentRoot: root =>
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "wwwroot", "ide", "static")).Parent!.FullName;
            File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html><html><head><title>Banana Cake Pop</title></head></html>");
            File.WriteAllText(Path.Combine(folder, "static", "main.js"), "console.log('bcp');");
        });

        var page = await server.GetAsync("", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        var script = await server.GetAsync("/static/main.js");
        var config = await server.GetAsync("/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Banana Cake Pop", page.Body);
        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.Equal(HttpStatusCode.OK, config.Status);
    }
}
