namespace ParGraph.Server.Transport.WebSockets;

/// <summary>Close codes of the GraphQL WebSocket protocols (graphql-ws PROTOCOL.md) and the two RFC 6455
/// codes ParGraph adds for its limits.</summary>
public static class WebSocketCloseCodes
{
    /// <summary>The client closed, or the server ends an idle connection (RFC 6455).</summary>
    public const int NormalClosure = 1000;

    /// <summary>Unparsable or unknown message (graphql-transport-ws).</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before <c>connection_ack</c>.</summary>
    public const int Unauthorized = 4401;

    /// <summary>Authentication rejected, or the token expired during the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within the configured timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> whose id is already active.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>A client message larger than <see cref="GraphQLWebSocketOptions.MaxMessageBytes"/> (RFC 6455).</summary>
    public const int MessageTooBig = 1009;

    /// <summary>The user already holds <see cref="GraphQLWebSocketOptions.MaxConnectionsPerUser"/> connections.</summary>
    public const int PolicyViolation = 1008;

    /// <summary>The outgoing queue overflowed: the client reads too slowly (RFC 6455 "try again later").</summary>
    public const int TryAgainLater = 1013;
}
