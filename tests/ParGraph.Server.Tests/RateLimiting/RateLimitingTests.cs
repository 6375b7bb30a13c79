using System.Net;
using ParGraph.Server.RateLimiting;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.RateLimiting;

/// <summary>Budgets per user, per client and per anonymous IP on the GraphQL endpoint only (windows of a minute: no timing).</summary>
public sealed class RateLimitingTests
{
    private const string Query = """{"query":"{ hello }"}""";

    private static Dictionary<string, string?> Limits(int perUser, int perClient, int anonymous) => new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PerUser:PermitLimit"] = perUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:PerUser:Window"] = "00:01:00",
        ["RateLimiting:PerClient:PermitLimit"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:PerClient:Window"] = "00:01:00",
        ["RateLimiting:Anonymous:PermitLimit"] = anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:Anonymous:Window"] = "00:01:00",
    };

    private static Task<TestResponse> PostAs(TestServer server, string? user, string? client = null)
    {
        var headers = new Dictionary<string, string>();
        if (user is not null)
            headers[TestServer.UserHeader] = user;
        if (client is not null)
            headers[TestServer.ClientHeader] = client;
        return server.SendAsync(HttpMethod.Post, "", Query, null, "application/json", headers);
    }

    [Fact]
    public async Task User_OverBudget_Gets429WithRetryAfterAndJsonError()
    {
        await using var server = await TestServer.StartAsync(Limits(perUser: 2, perClient: 100, anonymous: 100));

        var first = await PostAs(server, "snv.editor", "agency-portal");
        var second = await PostAs(server, "snv.editor", "agency-portal");
        var third = await PostAs(server, "snv.editor", "agency-portal");
        var otherUser = await PostAs(server, "stttt.editor", "agency-portal");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.InRange(int.Parse(third.Header("Retry-After"), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("application/json; charset=utf-8", third.ContentType);
        Assert.False(third.HasData);
        Assert.Equal(GraphQLRateLimiter.RejectionCode, third.FirstErrorCode);
        Assert.StartsWith("Too many requests", third.FirstError.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, otherUser.Status);
    }

    [Fact]
    public async Task Client_OverBudget_IsLimitedAcrossItsUsers_OtherClientsAreNot()
    {
        await using var server = await TestServer.StartAsync(Limits(perUser: 100, perClient: 3, anonymous: 100));

        var statuses = new List<HttpStatusCode>();
        foreach (var user in new[] { "a", "b", "c", "d" })
            statuses.Add((await PostAs(server, user, "agency-portal")).Status);
        var ioc = await PostAs(server, "ioc-service", "ioc-dashboard");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, ioc.Status);
    }

    [Fact]
    public async Task User_RefusedRequests_DoNotUseUpTheClientBudget()
    {
        await using var server = await TestServer.StartAsync(Limits(perUser: 1, perClient: 3, anonymous: 100));

        for (var i = 0; i < 5; i++)
            await PostAs(server, "noisy", "agency-portal");
        var neighbour = await PostAs(server, "quiet", "agency-portal");

        Assert.Equal(HttpStatusCode.OK, neighbour.Status);
    }

    [Fact]
    public async Task Anonymous_IsLimitedPerIp()
    {
        await using var server = await TestServer.StartAsync(Limits(perUser: 100, perClient: 100, anonymous: 1));

        var first = await PostAs(server, null);
        var second = await PostAs(server, null);
        var signedIn = await PostAs(server, "analyst", "pargraph-cli");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
    }

    [Fact]
    public async Task IdeFiles_AreNotLimited()
    {
        await using var server = await TestServer.StartAsync(Limits(perUser: 1, perClient: 1, anonymous: 1));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await server.GetAsync("/bcp-config.json")).Status);

        Assert.All(statuses, status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
    }

    [Fact]
    public async Task Disabled_ByDefault()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "1",
        });

        var first = await PostAs(server, null);
        var second = await PostAs(server, null);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }
}
