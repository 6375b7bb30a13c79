using GraphQL;
using Microsoft.Extensions.Options;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>The singletons every WebSocket connection uses, gathered so a protocol takes one argument.</summary>
public sealed class WebSocketProtocolContext(
    IOptions<GraphQLWebSocketOptions> options,
    IGraphQLTextSerializer serializer,
    GraphQLHttpRequestReader reader,
    GraphQLOperationRunner runner,
    WebSocketAuthentication authentication,
    WebSocketConnectionsPerUser connectionsPerUser)
{
    public GraphQLWebSocketOptions Options => options.Value;
    public IGraphQLTextSerializer Serializer => serializer;
    public GraphQLHttpRequestReader Reader => reader;
    public GraphQLOperationRunner Runner => runner;
    public WebSocketAuthentication Authentication => authentication;
    public WebSocketConnectionsPerUser ConnectionsPerUser => connectionsPerUser;
}
