using Microsoft.AspNetCore.Http;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade on the GraphQL path with the first sub-protocol of the client's list that
/// is served (<c>graphql-transport-ws</c> or the legacy <c>graphql-ws</c>); none in common → 400 and no
/// upgrade. Authentication happens in <c>connection_init</c>, so an anonymous upgrade is accepted.
/// </summary>
public sealed class GraphQLWebSocketHandler(WebSocketProtocolContext shared, GraphQLHttpResponseWriter writer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var subProtocol = WebSocketSubProtocols.Choose(context.WebSockets.WebSocketRequestedProtocols);
        if (subProtocol is null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                $"Request the WebSocket sub-protocol {WebSocketSubProtocols.GraphQLTransportWs} or {WebSocketSubProtocols.GraphQLWs}.")
                .ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(subProtocol).ConfigureAwait(false);
        await using var connection = new WebSocketConnection(socket, shared.Options);
        GraphQLWebSocketProtocol protocol = subProtocol == WebSocketSubProtocols.GraphQLTransportWs
            ? new GraphQLTransportWsProtocol(shared, context, connection)
            : new GraphQLWsLegacyProtocol(shared, context, connection);
        await protocol.RunAsync().ConfigureAwait(false);
    }
}
