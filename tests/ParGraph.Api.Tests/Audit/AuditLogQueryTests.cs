using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Audit;

public sealed class AuditLogQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Upsert = """
        mutation($code: String!, $name: String!) { upsertAgency(input: { code: $code, name: $name, kind: EXTERNAL }) { agency { code } } }
        """;

    private const string Log = """
        query($where: AuditEntryFilterInput, $order: [AuditEntrySortInput!]) {
          auditLog(where: $where, order: $order) { totalCount nodes { operation entityType entityId username requestId before after } }
        }
        """;

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task AuditLog_WhereAndOrder_FindTheEntriesOfOneEntityOldestFirst()
    {
        var code = NewCode();
        await client.DataAsync(Upsert, new { code, name = "Lần một" });
        await client.DataAsync(Upsert, new { code, name = "Lần hai" });

        var log = (await client.DataAsync(Log, new
        {
            where = new { entityType = new { eq = "Agency" }, entityId = new { eq = code }, operation = new { eq = "upsertAgency" } },
            order = new object[] { new { at = "ASC" } },
        }))["auditLog"]!;

        Assert.Equal(2, (int)log["totalCount"]!);
        var nodes = log["nodes"]!.AsArray();
        Assert.Null(nodes[0]!["before"]);
        Assert.Equal("Lần hai", (string?)JsonNode.Parse((string)nodes[1]!["after"]!)!["name"]);
        Assert.All(nodes, n => Assert.Equal("admin", (string?)n!["username"]));
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty((string?)n!["requestId"])));
        Assert.NotEqual((string?)nodes[0]!["requestId"], (string?)nodes[1]!["requestId"]);
    }

    [Fact]
    public async Task Mutation_WithAClientRequestId_EchoesItAndRecordsItOnTheAuditEntry()
    {
        var requestId = "portal-" + Guid.NewGuid().ToString("N");
        var code = NewCode();

        var (echoed, _) = await PostAsync(Upsert, new { code, name = "Có mã yêu cầu" }, requestId);

        Assert.Equal(requestId, echoed);
        var log = (await client.DataAsync(Log, new { where = new { requestId = new { eq = requestId } } }))["auditLog"]!;
        var entry = Assert.Single(log["nodes"]!.AsArray())!;
        Assert.Equal(code, (string?)entry["entityId"]);
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("<script>")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Request_WithAnUnsaneRequestId_GetsAnIdOfItsOwn(string sent)
    {
        var (echoed, body) = await PostAsync("{ me { username } }", null, sent);

        Assert.NotEqual(sent, echoed);
        Assert.Matches("^[A-Za-z0-9._:-]{1,64}$", echoed);
        Assert.Null(body["errors"]);
    }

    private async Task<(string RequestId, JsonNode Body)> PostAsync(string query, object? variables, string requestId)
    {
        using var http = factory.CreateClientFor("admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (Assert.Single(response.Headers.GetValues("X-Request-Id")), body);
    }

    private static string NewCode() => "AUDIT-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
