using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>A real client WebSocket to the test server's GraphQL endpoint, reading JSON messages with a timeout.</summary>
public sealed class TestWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;

    private TestWebSocket(ClientWebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;
    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<TestWebSocket> ConnectAsync(
        TestServer server, string[]? subProtocols = null, IDictionary<string, string>? headers = null)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in subProtocols ?? ["graphql-transport-ws"])
            socket.Options.AddSubProtocol(protocol);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            socket.Options.SetRequestHeader(name, value);
        var uri = new UriBuilder(server.Endpoint) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(uri, timeout.Token);
        return new TestWebSocket(socket);
    }

    /// <summary>Connects with graphql-transport-ws, sends connection_init and expects connection_ack.</summary>
    public static async Task<TestWebSocket> InitAsync(TestServer server, object? payload = null)
    {
        var socket = await ConnectAsync(server);
        await socket.SendAsync(new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message; fails when the socket closes or nothing arrives in time.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null) =>
        await TryReceiveAsync(timeout ?? DefaultTimeout) ?? throw new Xunit.Sdk.XunitException(
            $"No message: the socket is {_socket.State} ({CloseStatus} {CloseDescription}).");

    /// <summary>The next message, or null when the socket closed or <paramref name="timeout"/> passed.</summary>
    public async Task<JsonElement?> TryReceiveAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, cancellation.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    return null;
                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                    return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads (and skips) messages until the server closes; returns its close code.</summary>
    public async Task<int> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (_socket.State == WebSocketState.Open && DateTime.UtcNow < deadline)
        {
            if (await TryReceiveAsync(deadline - DateTime.UtcNow) is null)
                break;
        }
        return (int?)_socket.CloseStatus ?? throw new Xunit.Sdk.XunitException($"The socket was not closed: {_socket.State}.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", new CancellationTokenSource(1000).Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Dispose();
    }
}
