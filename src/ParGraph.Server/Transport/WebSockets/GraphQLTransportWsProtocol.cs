using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> sub-protocol (enisdenjo/graphql-ws PROTOCOL.md): <c>connection_init</c>
/// → <c>connection_ack</c>; <c>subscribe</c> → <c>next</c>… <c>complete</c>, or <c>error</c> (no complete)
/// when the operation cannot start; <c>ping</c> ↔ <c>pong</c>; client <c>complete</c> stops an operation.
/// </summary>
public sealed class GraphQLTransportWsProtocol(WebSocketProtocolContext shared, HttpContext http, WebSocketConnection connection)
    : GraphQLWebSocketProtocol(shared, http, connection)
{
    protected override async Task HandleAsync(string type, string? id, JsonElement payload)
    {
        switch (type)
        {
            case "connection_init":
                await InitAsync(payload).ConfigureAwait(false);
                break;
            case "ping":
                Send("pong", payload: PayloadOrNull(payload));
                break;
            case "pong":
                break;
            case "subscribe" when id is null || payload.ValueKind != JsonValueKind.Object:
                await OnInvalidMessageAsync("'subscribe' needs a string 'id' and a 'payload' object.").ConfigureAwait(false);
                break;
            case "subscribe" when User is null:
                await Connection.CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
                break;
            case "subscribe" when IsActive(id):
                await Connection.CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists")
                    .ConfigureAwait(false);
                break;
            case "subscribe":
                Start(id, payload);
                break;
            case "complete" when id is not null:
                Stop(id);
                break;
            default:
                await OnInvalidMessageAsync($"Unknown or incomplete message of type '{type}'.").ConfigureAwait(false);
                break;
        }
    }

    protected override Task OnInvalidMessageAsync(string reason) =>
        Connection.CloseAsync(WebSocketCloseCodes.BadRequest, reason.Length > 120 ? reason[..120] : reason);

    protected override void SendNext(string id, ExecutionResult result) => Send("next", id, result);

    protected override void SendError(string id, ExecutionResult result) => Send("error", id, result.Errors ?? []);

    protected override void SendComplete(string id) => Send("complete", id);

    private async Task InitAsync(JsonElement payload)
    {
        if (InitReceived)
        {
            await Connection.CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests")
                .ConfigureAwait(false);
            return;
        }
        InitReceived = true;
        if (await AuthenticateAsync(payload).ConfigureAwait(false))
            Send("connection_ack");
        else
            await Connection.CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
    }

    private static object? PayloadOrNull(JsonElement payload) =>
        payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : payload;
}
