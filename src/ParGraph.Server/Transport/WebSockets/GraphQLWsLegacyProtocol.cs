using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> sub-protocol (Apollo subscriptions-transport-ws): <c>connection_init</c>
/// → <c>connection_ack</c> and <c>ka</c> (then every <see cref="GraphQLWebSocketOptions.KeepAliveInterval"/>)
/// or <c>connection_error</c> and close 4403; <c>start</c> → <c>data</c>… <c>complete</c>, or <c>error</c>
/// when the operation cannot start; <c>stop</c> ends one; a duplicate <c>start</c> id replaces the old
/// operation; <c>connection_terminate</c> closes the socket.
/// </summary>
public sealed class GraphQLWsLegacyProtocol(WebSocketProtocolContext shared, HttpContext http, WebSocketConnection connection)
    : GraphQLWebSocketProtocol(shared, http, connection)
{
    protected override async Task HandleAsync(string type, string? id, JsonElement payload)
    {
        switch (type)
        {
            case "connection_init":
                await InitAsync(payload).ConfigureAwait(false);
                break;
            case "start" when id is null || payload.ValueKind != JsonValueKind.Object:
                SendConnectionError("'start' needs a string 'id' and a 'payload' object.");
                break;
            case "start" when User is null:
                SendError(id, Failure("Send connection_init and wait for connection_ack before start.", ErrorCodes.Unauthenticated));
                break;
            case "start":
                Stop(id);
                Start(id, payload);
                break;
            case "stop" when id is not null:
                Stop(id);
                break;
            case "connection_terminate":
                await Connection.CloseAsync(WebSocketCloseCodes.NormalClosure, "").ConfigureAwait(false);
                break;
            default:
                await OnInvalidMessageAsync($"Unknown or incomplete message of type '{type}'.").ConfigureAwait(false);
                break;
        }
    }

    protected override Task OnInvalidMessageAsync(string reason)
    {
        SendConnectionError(reason);
        return Task.CompletedTask;
    }

    protected override void SendNext(string id, ExecutionResult result) => Send("data", id, result);

    protected override void SendError(string id, ExecutionResult result) => Send("error", id, result.Errors ?? []);

    protected override void SendComplete(string id) => Send("complete", id);

    private async Task InitAsync(JsonElement payload)
    {
        if (InitReceived)
        {
            SendConnectionError("The connection is already initialised.");
            return;
        }
        InitReceived = true;
        if (!await AuthenticateAsync(payload).ConfigureAwait(false))
        {
            SendConnectionError("Authentication failed: send a valid access token in the connection_init payload.");
            await Connection.CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden", flush: true).ConfigureAwait(false);
            return;
        }
        Send("connection_ack");
        Send("ka");
        _ = KeepAliveAsync();
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(Options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(Connection.Closing).ConfigureAwait(false))
                Send("ka");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void SendConnectionError(string message) =>
        Send("connection_error", payload: new { message });
}
