using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Identity;

/// <summary>GraphQL over WebSocket signs in with a real token in <c>connection_init</c> (the API requires
/// authentication, yet the anonymous upgrade is accepted); no token → close 4403.</summary>
public class WebSocketSignInTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task ConnectionInit_WithTokenFromTheIdentityProvider_RunsAsThatUser()
    {
        var token = await factory.RequestTokenAsync("snv.editor");
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { username } }" } });
        var next = await ReceiveAsync(socket);

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("snv.editor", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("username").GetString());
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConnectionInit_WithoutToken_Closes4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init" });
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }

    private async Task<WebSocket> ConnectAsync()
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Text, received.MessageType);
        Assert.True(received.EndOfMessage);
        return JsonDocument.Parse(buffer.AsMemory(0, received.Count)).RootElement.Clone();
    }
}
