using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Transport;

namespace ParGraph.Api.Tests.PersistedDocuments;

/// <summary>The documents of <c>schema/persisted</c> run by <c>documentId</c>, by file name or by hash.</summary>
public class PersistedDocumentFileTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Name = "tasks-by-area-and-timeliness";

    [Fact]
    public async Task DocumentId_ByFileNameOrHash_RunsThePersistedQuery()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(ParGraphHome.FindRepositoryRoot(AppContext.BaseDirectory), "schema", "persisted", Name + ".graphql"));

        foreach (var id in new[] { Name, "sha256:" + InMemoryPersistedDocumentStore.ComputeSha256(text) })
        {
            var body = await PostAsync(new { documentId = id });

            Assert.True(body["errors"] is null, body.ToJsonString());
            Assert.NotEmpty(body["data"]!["taskStatistics"]!.AsArray());
        }
    }

    [Fact]
    public async Task DocumentId_Unknown_SaysSo()
    {
        var body = await PostAsync(new { documentId = "no-such-document" });

        Assert.Equal("VALIDATION", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", (string?)body["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    private async Task<JsonNode> PostAsync(object request)
    {
        using var http = factory.CreateClientFor("ioc.viewer");
        using var response = await http.PostAsJsonAsync("/graphql", request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
