using System.Text.Json;
using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Transport.WebSockets;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>docs/transport.md, legacy graphql-ws: ack then ka (and periodic ka), data/complete, error, stop,
/// duplicate start replacing the old operation, connection_error, connection_terminate.</summary>
public sealed class GraphQLWsLegacyProtocolTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQLWebSockets:KeepAliveInterval"] = "00:00:00.100",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Init_IsAcknowledged_ThenKeptAlive()
    {
        await using var socket = await ConnectAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { } });

        Assert.Equal("connection_ack", Type(await socket.ReceiveAsync()));
        Assert.Equal("ka", Type(await socket.ReceiveAsync()));
        Assert.Equal("ka", Type(await socket.ReceiveAsync()));
        Assert.Equal("ka", Type(await socket.ReceiveAsync()));
    }

    [Fact]
    public async Task Start_SendsDataPerEvent_ThenComplete()
    {
        await using var socket = await InitAsync();

        await socket.SendAsync(new { id = "1", type = "start", payload = new { query = "subscription { counter(to: 2) }" } });

        var data = await ReceiveNonKaAsync(socket, 3);
        Assert.Equal(["data", "data", "complete"], data.Select(Type));
        Assert.Equal(2, data[1].GetProperty("payload").GetProperty("data").GetProperty("counter").GetInt32());
        Assert.All(data, m => Assert.Equal("1", m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task InvalidDocument_SendsError()
    {
        await using var socket = await InitAsync();

        await socket.SendAsync(new { id = "e", type = "start", payload = new { query = "subscription { nope }" } });

        var error = (await ReceiveNonKaAsync(socket, 1))[0];
        Assert.Equal("error", Type(error));
        Assert.Equal(JsonValueKind.Array, error.GetProperty("payload").ValueKind);
    }

    [Fact]
    public async Task DuplicateStart_ReplacesTheOldOperation()
    {
        var events = (TestEvents)_server.Services.GetService(typeof(TestEvents))!;
        var (old, replacement) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await using var socket = await InitAsync();

        await socket.SendAsync(new { id = "d", type = "start", payload = new { query = $$"""subscription { events(topic: "{{old}}") }""" } });
        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(old) == 1);
        await socket.SendAsync(new { id = "d", type = "start", payload = new { query = $$"""subscription { events(topic: "{{replacement}}") }""" } });
        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(replacement) == 1);
        events.Publish(old, "stale");
        events.Publish(replacement, "fresh");

        var data = (await ReceiveNonKaAsync(socket, 1))[0];
        Assert.Equal("fresh", data.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(old) == 0);
    }

    [Fact]
    public async Task Stop_EndsTheOperation()
    {
        var events = (TestEvents)_server.Services.GetService(typeof(TestEvents))!;
        var topic = Guid.NewGuid().ToString();
        await using var socket = await InitAsync();

        await socket.SendAsync(new { id = "s", type = "start", payload = new { query = $$"""subscription { events(topic: "{{topic}}") }""" } });
        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(topic) == 1);
        await socket.SendAsync(new { id = "s", type = "stop" });

        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(topic) == 0);
    }

    [Fact]
    public async Task RejectedToken_SendsConnectionError_AndCloses4403()
    {
        await using var socket = await ConnectAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { authToken = "forged" } });

        Assert.Equal("connection_error", Type(await socket.ReceiveAsync()));
        Assert.Equal(WebSocketCloseCodes.Forbidden, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionTerminate_ClosesTheSocket()
    {
        await using var socket = await InitAsync();

        await socket.SendAsync(new { type = "connection_terminate" });

        Assert.Equal(WebSocketCloseCodes.NormalClosure, await socket.ReceiveCloseAsync());
    }

    private Task<TestWebSocket> ConnectAsync() => TestWebSocket.ConnectAsync(_server, ["graphql-ws"]);

    private async Task<TestWebSocket> InitAsync()
    {
        var socket = await ConnectAsync();
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", Type(await socket.ReceiveAsync()));
        return socket;
    }

    private static async Task<List<JsonElement>> ReceiveNonKaAsync(TestWebSocket socket, int count)
    {
        var messages = new List<JsonElement>();
        while (messages.Count < count)
        {
            var message = await socket.ReceiveAsync();
            if (Type(message) != "ka")
                messages.Add(message);
        }
        return messages;
    }

    private static string? Type(JsonElement message) => message.GetProperty("type").GetString();
}
