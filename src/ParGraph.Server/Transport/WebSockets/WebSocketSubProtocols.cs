namespace ParGraph.Server.Transport.WebSockets;

/// <summary>The sub-protocols served and the choice among the client's, in the client's order.</summary>
public static class WebSocketSubProtocols
{
    /// <summary>enisdenjo/graphql-ws.</summary>
    public const string GraphQLTransportWs = "graphql-transport-ws";

    /// <summary>Apollo subscriptions-transport-ws (legacy).</summary>
    public const string GraphQLWs = "graphql-ws";

    /// <summary>The first of the client's sub-protocols that is served, or null.</summary>
    public static string? Choose(IEnumerable<string> requested) =>
        requested.Select(p => p.Trim()).FirstOrDefault(p => p is GraphQLTransportWs or GraphQLWs);
}
