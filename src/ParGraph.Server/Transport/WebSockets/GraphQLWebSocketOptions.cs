using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>GraphQL over WebSocket settings, bound from the <c>GraphQLWebSockets</c> configuration section.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string SectionName = "GraphQLWebSockets";

    /// <summary>How long a new connection may wait before <c>connection_init</c> (then close 4408).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the legacy <c>graphql-ws</c> protocol sends <c>ka</c> after the ack.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Active operations a connection may hold; one more is answered with a
    /// <c>COMPLEXITY_LIMIT</c> error for its id.</summary>
    [Range(1, 10_000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 25;

    /// <summary>Largest accepted client message; a larger one closes the connection with 1009.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Messages waiting to be sent to a client; one more closes the connection with 1013.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedMessages { get; set; } = 1000;

    /// <summary>Open connections one user (token subject) may hold on this server; one more is closed with 1008.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnectionsPerUser { get; set; } = 100;
}
