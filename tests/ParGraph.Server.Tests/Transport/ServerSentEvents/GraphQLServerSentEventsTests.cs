using System.Net;
using System.Text.Json;
using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Tests.Transport.WebSockets;

namespace ParGraph.Server.Tests.Transport.ServerSentEvents;

/// <summary>docs/transport.md, GraphQL over SSE (distinct connections): headers, next events, complete, errors
/// inside the stream, keep-alive comments, cancellation by closing.</summary>
public sealed class GraphQLServerSentEventsTests(GraphQLServerSentEventsTests.Fixture fixture)
    : IClassFixture<GraphQLServerSentEventsTests.Fixture>
{
    private readonly TestServer _server = fixture.Server;

    [Fact]
    public async Task Subscription_StreamsNextEvents_ThenComplete()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, """{"query":"subscription { counter(to: 3) }"}""");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream; charset=utf-8", stream.ContentType);
        Assert.Equal("no-cache", stream.CacheControl);
        for (var i = 1; i <= 3; i++)
        {
            var (name, data) = await stream.ReadEventAsync();
            Assert.Equal("next", name);
            Assert.Equal(i, JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("counter").GetInt32());
        }
        Assert.Equal(("complete", ""), await stream.ReadEventAsync());
        Assert.Equal("", await stream.ReadToEndAsync());
    }

    [Fact]
    public async Task Complete_IsAnEventWithAnEmptyDataLine()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, """{"query":"{ hello }"}""");

        Assert.Equal("next", (await stream.ReadEventAsync()).Event);
        Assert.Equal(["event: complete", "data:"], await stream.ReadBlockAsync());
    }

    [Fact]
    public async Task Get_WithQueryString_StreamsTheSubscription()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, null,
            "?query=" + Uri.EscapeDataString("subscription { counter(to: 1) }"));

        var (name, data) = await stream.ReadEventAsync();
        Assert.Equal("next", name);
        Assert.Equal(1, JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("counter").GetInt32());
        Assert.Equal("complete", (await stream.ReadEventAsync()).Event);
    }

    [Fact]
    public async Task ValidationError_IsSentInsideTheStream_AsANextEvent()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, """{"query":"subscription { nope }"}""");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var (name, data) = await stream.ReadEventAsync();
        Assert.Equal("next", name);
        var result = JsonDocument.Parse(data).RootElement;
        Assert.False(result.TryGetProperty("data", out _));
        Assert.Contains("nope", result.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("complete", (await stream.ReadEventAsync()).Event);
    }

    [Fact]
    public async Task MutationOverGet_IsRefusedInsideTheStream()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, null,
            "?query=" + Uri.EscapeDataString("""mutation { echo(text: "x") }"""));

        var (_, data) = await stream.ReadEventAsync();
        Assert.Contains("POST", JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task MalformedRequest_Is400()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, """{"query":42}""");

        Assert.Equal(HttpStatusCode.BadRequest, stream.Status);
    }

    [Fact]
    public async Task IdleStream_GetsKeepAliveComments()
    {
        await using var stream = await TestEventStream.OpenAsync(_server, """{"query":"subscription { events(topic: \"quiet\") }"}""");

        Assert.Equal([": keep-alive"], await stream.ReadBlockAsync());
        Assert.Equal([": keep-alive"], await stream.ReadBlockAsync());
    }

    [Fact]
    public async Task ClosingTheConnection_CancelsTheSubscription()
    {
        var events = (TestEvents)_server.Services.GetService(typeof(TestEvents))!;
        var topic = Guid.NewGuid().ToString();
        var stream = await TestEventStream.OpenAsync(_server, $$"""{"query":"subscription { events(topic: \"{{topic}}\") }"}""");
        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(topic) == 1);
        events.Publish(topic, "one");
        Assert.Equal("next", (await stream.ReadEventAsync()).Event);

        await stream.DisposeAsync();

        await GraphQLTransportWsTests.WaitUntilAsync(() => events.ObserverCount(topic) == 0);
    }

    [Fact]
    public async Task RequiredAuthentication_WithoutToken_Is401()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQLHttp:RequireAuthentication"] = "true" });
        await using var anonymous = await TestEventStream.OpenAsync(server, """{"query":"{ me }"}""");
        await using var user = await TestEventStream.OpenAsync(server, """{"query":"{ me }"}""",
            headers: new Dictionary<string, string> { [TestServer.UserHeader] = "lan" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("lan", JsonDocument.Parse((await user.ReadEventAsync()).Data).RootElement.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task InvalidKeepAliveSetting_StopsTheStartUp()
    {
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
            {
                ["GraphQLServerSentEvents:KeepAliveInterval"] = "00:00:00",
            });
        });
    }

    /// <summary>One server for the class, with keep-alive comments every 100 ms.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public TestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQLServerSentEvents:KeepAliveInterval"] = "00:00:00.100",
        });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
