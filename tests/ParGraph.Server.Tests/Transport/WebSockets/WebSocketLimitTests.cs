using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Transport.WebSockets;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>docs/transport.md: subscriptions are limited per connection; the options are validated at start-up.</summary>
public sealed class WebSocketLimitTests
{
    [Fact]
    public async Task OneSubscriptionOverTheLimit_GetsAnErrorForItsId_OthersKeepRunning()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLWebSockets:MaxSubscriptionsPerConnection"] = "2",
        });
        await using var socket = await TestWebSocket.InitAsync(server);

        await socket.SubscribeAsync("1", """subscription { events(topic: "never") }""");
        await socket.SubscribeAsync("2", """subscription { events(topic: "never") }""");
        await socket.SubscribeAsync("3", """subscription { events(topic: "never") }""");
        var error = await socket.ReceiveAsync();
        await socket.SendAsync(new { id = "1", type = "complete" });
        await socket.SubscribeAsync("4", "{ hello }");

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("3", error.GetProperty("id").GetString());
        Assert.Equal(ErrorCodes.ComplexityLimit, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("at most 2", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AUserOverTheConnectionLimit_IsClosedWith1008_OthersAndLaterConnectionsAreServed()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLWebSockets:MaxConnectionsPerUser"] = "2",
        });
        var lan = new { authToken = TestTokenAuthenticator.Token("lan") };
        var first = await TestWebSocket.InitAsync(server, lan);
        await using var second = await TestWebSocket.InitAsync(server, lan);
        await using var otherUser = await TestWebSocket.InitAsync(server, new { authToken = TestTokenAuthenticator.Token("mai") });

        await using var third = await TestWebSocket.ConnectAsync(server);
        await third.SendAsync(new { type = "connection_init", payload = lan });
        Assert.Equal(WebSocketCloseCodes.PolicyViolation, await third.ReceiveCloseAsync());
        Assert.Contains("2 at a time", third.CloseDescription, StringComparison.Ordinal);

        await first.DisposeAsync();
        for (var attempt = 0; ; attempt++) // the server notices the close a moment later
        {
            await using var again = await TestWebSocket.ConnectAsync(server);
            await again.SendAsync(new { type = "connection_init", payload = lan });
            var answer = await again.TryReceiveAsync(TimeSpan.FromSeconds(2));
            if (answer?.GetProperty("type").GetString() == "connection_ack")
                break;
            Assert.True(attempt < 20, "a freed place is given again");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task DepthLimit_AppliesOverTheSocket()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQLExecution:MaxDepth"] = "3" });
        await using var socket = await TestWebSocket.InitAsync(server);

        await socket.SubscribeAsync("deep", "{ nested { child { child { child { level } } } } }");
        var error = await socket.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(ErrorCodes.ComplexityLimit, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ClientThatDoesNotKeepUp_IsClosedWith1013()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLWebSockets:MaxQueuedMessages"] = "1",
        });
        await using var socket = await TestWebSocket.InitAsync(server);

        await socket.SubscribeAsync("flood", "subscription { counter(to: 100000) }");

        Assert.Equal(WebSocketCloseCodes.TryAgainLater, await socket.ReceiveCloseAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Subscription_OutlivesTheExecutionTimeout()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLExecution:ExecutionTimeout"] = "00:00:00.100",
        });
        await using var socket = await TestWebSocket.InitAsync(server);

        await socket.SubscribeAsync("slow", "subscription { counter(to: 3, intervalMs: 80) }");

        for (var i = 1; i <= 3; i++)
            Assert.Equal(i, (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("counter").GetInt32());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("GraphQLWebSockets:ConnectionInitTimeout", "00:00:00")]
    [InlineData("GraphQLWebSockets:MaxSubscriptionsPerConnection", "0")]
    [InlineData("GraphQLWebSockets:MaxMessageBytes", "10")]
    public async Task InvalidSetting_StopsTheStartUp(string key, string value)
    {
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { [key] = value });
        });
    }
}
