using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class BatchingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Post_Batch_AnswersArrayInSameOrder()
    {
        var response = await Server.PostAsync("""[{"query":"{ hello(name: \"1\") }"},{"query":"{ {"},{"query":"{ hello(name: \"3\") }"}]""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var items = response.Json.EnumerateArray().ToArray();
        Assert.Equal(3, items.Length);
        Assert.Equal("Hello, 1!", items[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.True(items[1].TryGetProperty("errors", out _));
        Assert.Equal("Hello, 3!", items[2].GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_Batch_RunsEachItemInItsOwnScope()
    {
        var response = await Server.PostAsync("""[{"query":"{ scopeId }"},{"query":"{ scopeId }"}]""");

        var ids = response.Json.EnumerateArray().Select(i => i.GetProperty("data").GetProperty("scopeId").GetString()).ToArray();
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Post_Batch_WhenDisabled_Returns400()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQLHttp:EnableBatching"] = "false" });

        var response = await server.PostAsync("""[{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Post_Batch_LargerThanMax_Returns400()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ hello }"}""", 21)) + "]";

        var response = await Server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }
}
