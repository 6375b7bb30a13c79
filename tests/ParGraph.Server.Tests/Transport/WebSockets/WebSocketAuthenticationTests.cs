using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Transport.WebSockets;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>Where the token may come from, and the upgrade staying open when authentication is required.</summary>
public sealed class WebSocketAuthenticationTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQLHttp:RequireAuthentication"] = "true",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RequiredAuthentication_AnonymousUpgradeIsAccepted_InitWithoutTokenCloses4403()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server);

        await socket.SendAsync(new { type = "connection_init" });

        Assert.Equal(WebSocketCloseCodes.Forbidden, await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("Authorization", "Bearer user:lan")]
    [InlineData("authToken", "user:lan")]
    public async Task TokenInInitPayload_AuthenticatesTheConnection(string key, string value)
    {
        await using var socket = await TestWebSocket.InitAsync(_server, new Dictionary<string, string> { [key] = value });

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("lan", (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task TokenInUpgradeHeader_AuthenticatesTheConnection()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server, headers: new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer " + TestTokenAuthenticator.Token("minh"),
        });
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("minh", (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task UserAuthenticatedByTheUpgradeRequest_IsKept()
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server, headers: new Dictionary<string, string>
        {
            [TestServer.UserHeader] = "analyst",
        });
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("analyst", (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }
}
