using System.Net;
using System.Net.WebSockets;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>docs/transport.md: the sub-protocol is the first of the client's list that is served; none → 400.</summary>
public sealed class SubProtocolNegotiationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;

    [Theory]
    [InlineData(new[] { "graphql-transport-ws" }, "graphql-transport-ws")]
    [InlineData(new[] { "graphql-ws" }, "graphql-ws")]
    [InlineData(new[] { "graphql-ws", "graphql-transport-ws" }, "graphql-ws")]
    [InlineData(new[] { "mqtt", "graphql-transport-ws", "graphql-ws" }, "graphql-transport-ws")]
    public async Task Upgrade_ChoosesTheFirstServedSubProtocolInTheClientsOrder(string[] offered, string chosen)
    {
        await using var socket = await TestWebSocket.ConnectAsync(_server, offered);

        Assert.Equal(chosen, socket.SubProtocol);
    }

    [Theory]
    [InlineData("mqtt")]
    [InlineData("")]
    public async Task Upgrade_WithoutACommonSubProtocol_IsRefusedWith400(string offeredList)
    {
        var offered = offeredList.Split(',', StringSplitOptions.RemoveEmptyEntries);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        foreach (var protocol in offered)
            socket.Options.AddSubProtocol(protocol);

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new UriBuilder(_server.Endpoint) { Scheme = "ws" }.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }
}
