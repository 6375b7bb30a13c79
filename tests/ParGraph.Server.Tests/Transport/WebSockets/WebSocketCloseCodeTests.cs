using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Transport.WebSockets;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>docs/transport.md, graphql-transport-ws close codes: 4400, 4401, 4403, 4408, 4409, 4429 (and 1009 for size).</summary>
public sealed class WebSocketCloseCodeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;

    [Theory]
    [InlineData("not json")]
    [InlineData("""["connection_init"]""")]
    [InlineData("""{"type":"shout"}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    public async Task UnparsableOrUnknownMessage_Closes4400(string message)
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server);

        await socket.SendTextAsync(message);

        Assert.Equal(WebSocketCloseCodes.BadRequest, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SubscribeBeforeAck_Closes4401()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server);

        await socket.SubscribeAsync("1", "{ hello }");

        Assert.Equal(WebSocketCloseCodes.Unauthorized, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task RejectedToken_Closes4403()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server);

        await socket.SendAsync(new { type = "connection_init", payload = new { authToken = "forged" } });

        Assert.Equal(WebSocketCloseCodes.Forbidden, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SecondInit_Closes4429()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SendAsync(new { type = "connection_init" });

        Assert.Equal(WebSocketCloseCodes.TooManyInitialisationRequests, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task DuplicateActiveId_Closes4409()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("same", """subscription { events(topic: "never") }""");
        await socket.SubscribeAsync("same", """subscription { events(topic: "never") }""");

        Assert.Equal(WebSocketCloseCodes.SubscriberAlreadyExists, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task CompletedId_MayBeReused()
    {
        await using var socket = await TestWebSocket.InitAsync(_server);

        await socket.SubscribeAsync("x", "{ hello }");
        await socket.ReceiveAsync();
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await socket.SubscribeAsync("x", "{ hello }");

        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task NoInitInTime_Closes4408()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLWebSockets:ConnectionInitTimeout"] = "00:00:00.100",
        });
        await using var socket = await TestWebSocket.ConnectAsync(server);

        Assert.Equal(WebSocketCloseCodes.ConnectionInitialisationTimeout, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task MessageOverTheLimit_Closes1009()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLWebSockets:MaxMessageBytes"] = "2048",
        });
        await using var socket = await TestWebSocket.InitAsync(server);

        await socket.SubscribeAsync("big", "{ hello }", new { padding = new string('x', 4096) });

        Assert.Equal(WebSocketCloseCodes.MessageTooBig, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task TokenExpiry_Closes4403()
    {
        await using var socket = await TestWebSocket.InitAsync(_server, new { authToken = TestTokenAuthenticator.Token("lan", 300) });

        await socket.SubscribeAsync("s", """subscription { events(topic: "never") }""");

        Assert.Equal(WebSocketCloseCodes.Forbidden, await socket.ReceiveCloseAsync());
    }
}
