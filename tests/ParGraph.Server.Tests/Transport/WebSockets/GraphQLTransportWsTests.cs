using System.Text.Json;
using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>docs/transport.md, graphql-transport-ws: next per result, complete at the end, error without complete,
/// ping/pong, client complete, queries and mutations, one DI scope per operation.</summary>
public sealed class GraphQLTransportWsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;

    [Fact]
    public async Task Subscribe_SendsNextPerEvent_ThenComplete()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("1", "subscription { counter(to: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = await socket.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("1", next.GetProperty("id").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("counter").GetInt32());
        }
        var complete = await socket.ReceiveAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Query_SendsOneNext_ThenComplete()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("q", "query($n: String) { hello(name: $n) }", new { n = "Khánh Hòa" });

        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Hello, Khánh Hòa!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Mutation_SendsOneNext_ThenComplete()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("m", """mutation { echo(text: "xin chào") }""");

        var next = await socket.ReceiveAsync();
        Assert.Equal("xin chào", next.GetProperty("payload").GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task InvalidDocument_SendsErrorArray_WithoutComplete()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("bad", "subscription { nope }");
        var error = await socket.ReceiveAsync();
        await socket.SendAsync(new { type = "ping" });
        var after = await socket.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("payload").ValueKind);
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("pong", after.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPongEchoingThePayload_EvenBeforeInit()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server);

        await socket.SendAsync(new { type = "ping", payload = new { at = 42 } });
        var pong = await socket.ReceiveAsync();

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(42, pong.GetProperty("payload").GetProperty("at").GetInt32());
    }

    [Fact]
    public async Task ClientComplete_StopsTheSubscription_AndDropsLateResults()
    {
        var events = (TestEvents)_server.Services.GetService(typeof(TestEvents))!;
        var topic = Guid.NewGuid().ToString();
        await using var socket = await TestWebSocket.InitAsync(_server);
        await socket.SubscribeAsync("s", $$"""subscription { events(topic: "{{topic}}") }""");
        await WaitUntilAsync(() => events.ObserverCount(topic) == 1);

        events.Publish(topic, "first");
        var first = await socket.ReceiveAsync();
        await socket.SendAsync(new { id = "s", type = "complete" });
        await socket.SendAsync(new { type = "ping" });
        var pong = await socket.ReceiveAsync();
        events.Publish(topic, "late");
        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("first", first.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal("pong", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(150)));
        await WaitUntilAsync(() => events.ObserverCount(topic) == 0);
    }

    [Fact]
    public async Task EachOperation_RunsInItsOwnScope_AsTheConnectionUser()
    {
        await using var socket = await TestWebSocket.InitAsync(_server, new { Authorization = "Bearer " + TestTokenAuthenticator.Token("lan") });

        await socket.SubscribeAsync("a", "subscription { whoAmI }");
        await socket.SubscribeAsync("b", "subscription { whoAmI }");
        var answers = new Dictionary<string, string>();
        while (answers.Count < 2)
        {
            var message = await socket.ReceiveAsync();
            if (message.GetProperty("type").GetString() == "next")
                answers[message.GetProperty("id").GetString()!] = message.GetProperty("payload").GetProperty("data").GetProperty("whoAmI").GetString()!;
        }

        Assert.StartsWith("lan@", answers["a"]);
        Assert.StartsWith("lan@", answers["b"]);
        Assert.NotEqual(answers["a"], answers["b"]);
    }

    [Fact]
    public async Task ResolverError_IsSentAsNextWithErrors_ThenComplete()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("f", "subscription { forbidden }");
        var first = await socket.ReceiveAsync();

        Assert.Equal("next", first.GetProperty("type").GetString());
        Assert.Equal(ErrorCodes.Forbidden, first.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
