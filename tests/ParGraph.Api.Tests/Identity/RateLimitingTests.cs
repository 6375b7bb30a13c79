using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.RateLimiting;

namespace ParGraph.Api.Tests.Identity;

/// <summary>The product limits GraphQL requests per user (<c>sub</c>) and per client (<c>azp</c>) of real tokens.</summary>
public sealed class RateLimitingTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private WebApplicationFactory<Program> WithLimits(int perUser, int perClient) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:Enabled", "true")
            .UseSetting("RateLimiting:PerUser:PermitLimit", perUser.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("RateLimiting:PerClient:PermitLimit", perClient.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Token(string username, string client)
    {
        var payload = TestTokens.Payload(username, ["analyst"], []);
        payload["azp"] = client;
        return TestTokens.Sign(payload);
    }

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> app, string token)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
    }

    [Fact]
    public async Task User_OverBudget_Gets429WithRetryAfter_OthersAreServed()
    {
        await using var app = WithLimits(perUser: 2, perClient: 100);
        var analyst = Token("analyst", "pargraph-cli");

        using var first = await PostAsync(app, analyst);
        using var second = await PostAsync(app, analyst);
        using var third = await PostAsync(app, analyst);
        using var other = await PostAsync(app, Token("ioc.viewer", "pargraph-cli"));
        using var health = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        var error = (await third.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!;
        Assert.Equal(GraphQLRateLimiter.RejectionCode, (string?)error["extensions"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task PortalOverBudget_DoesNotStarveTheIoc()
    {
        await using var app = WithLimits(perUser: 100, perClient: 2);

        var portal = new List<HttpStatusCode>();
        foreach (var user in new[] { "snv.editor", "stttt.editor", "syt.viewer" })
        {
            using var response = await PostAsync(app, Token(user, "agency-portal"));
            portal.Add(response.StatusCode);
        }
        using var ioc = await PostAsync(app, Token("service-account-ioc-dashboard", "ioc-dashboard"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], portal);
        Assert.Equal(HttpStatusCode.OK, ioc.StatusCode);
    }
}
