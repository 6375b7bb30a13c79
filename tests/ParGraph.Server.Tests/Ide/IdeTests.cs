using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Ide;

public sealed class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static void InstallFakeIde(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "wwwroot", "ide");
        Directory.CreateDirectory(Path.Combine(folder, "static", "js"));
        File.WriteAllText(Path.Combine(folder, "index.html"),
            "<!doctype html><html><head><title>Banana Cake Pop</title><script src=\"static/js/main.js\"></script></head><body></body></html>");
        File.WriteAllText(Path.Combine(folder, "static", "js", "main.js"), "console.log('bcp');");
        File.WriteAllText(Path.Combine(folder, "manifest.webmanifest"), "{}");
        File.WriteAllText(Path.Combine(folder, "LICENSE"), "ChilliCream License 1.0");
    }

    [Fact]
    public async Task Get_WithAcceptHtml_ServesIdeWithBaseHref()
    {
        await using var server = await TestServer.StartAsync(prepareContentRoot: InstallFakeIde);

        var response = await server.GetAsync("", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Contains("<base href=\"/graphql/\"/>", response.Body);
        Assert.Contains("Banana Cake Pop", response.Body);
    }

    [Fact]
    public async Task Get_WithTrailingSlash_ServesIde()
    {
        await using var server = await TestServer.StartAsync(prepareContentRoot: InstallFakeIde);

        var response = await server.GetAsync("/", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<base href=\"/graphql/\"/>", response.Body);
    }

    [Fact]
    public async Task Get_IdeAssets_ServedWithContentTypes()
    {
        await using var server = await TestServer.StartAsync(prepareContentRoot: InstallFakeIde);

        var script = await server.GetAsync("/static/js/main.js");
        var manifest = await server.GetAsync("/manifest.webmanifest");
        var missing = await server.GetAsync("/static/js/nope.js");
        var traversal = await server.GetAsync("/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.Equal("text/javascript", script.ContentType);
        Assert.Equal("application/manifest+json", manifest.ContentType);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, traversal.Status);
    }

    [Fact]
    public async Task Get_BcpConfig_PointsAtTheEndpoint()
    {
        await using var server = await TestServer.StartAsync(prepareContentRoot: InstallFakeIde);

        var response = await server.GetAsync("/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("/graphql", response.Json.GetProperty("endpoint").GetString());
        Assert.True(response.Json.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
    }

    [Fact]
    public async Task Get_WithAcceptHtml_WhenIdeAbsent_ExplainsHowToGetIt()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.GetAsync("", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Contains("npm pack @chillicream/bananacakepop-graphql-ide@18.0.0", response.Body);
        Assert.Contains("dotnet build", response.Body);
    }

    [Fact]
    public async Task Get_WithQueryAndJsonAccept_StillServesGraphQL()
    {
        await using var server = await TestServer.StartAsync(prepareContentRoot: InstallFakeIde);

        var response = await server.GetAsync("?query=%7B__typename%7D", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_WithAcceptHtml_WhenIdeDisabled_Returns406()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Ide:Enabled"] = "false" },
            prepareContentRoot: InstallFakeIde);

        var response = await server.GetAsync("?query=%7B__typename%7D", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }
}
