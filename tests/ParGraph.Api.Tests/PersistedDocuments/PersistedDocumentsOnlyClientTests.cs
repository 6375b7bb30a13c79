using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.PersistedDocuments;

/// <summary>A client listed in <c>PersistedDocuments:RequiredForClients</c> runs registered documents only.</summary>
public class PersistedDocumentsOnlyClientTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task ListedClient_SendingQueryText_IsForbidden_ButItsDocumentIdsRun()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("PersistedDocuments:RequiredForClients:0", "ioc-dashboard"));
        using var dashboard = app.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.RequestClientTokenAsync());
        dashboard.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");

        using var refused = await dashboard.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        using var served = await dashboard.PostAsJsonAsync("/graphql", new { documentId = "tasks-by-area-and-timeliness" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = GraphQLErrorAssert.Single(Errors(await refused.Content.ReadAsStringAsync()), "FORBIDDEN");
        Assert.Contains("ioc-dashboard", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.NotNull(JsonNode.Parse(await served.Content.ReadAsStringAsync())!["data"]!["taskStatistics"]);
    }

    [Fact]
    public async Task OtherClients_StillSendQueryText()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("PersistedDocuments:RequiredForClients:0", "ioc-dashboard"));
        using var analyst = app.CreateClient();
        analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.RequestTokenAsync("analyst"));

        using var response = await analyst.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });

        Assert.Equal("analyst", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["me"]!["username"]);
    }

    private static JsonArray Errors(string body) => JsonNode.Parse(body)!["errors"]!.AsArray();
}
