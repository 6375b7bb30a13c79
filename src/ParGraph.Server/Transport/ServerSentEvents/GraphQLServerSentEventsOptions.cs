using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Transport.ServerSentEvents;

/// <summary>GraphQL over SSE settings, bound from the <c>GraphQLServerSentEvents</c> configuration section.</summary>
public sealed class GraphQLServerSentEventsOptions
{
    public const string SectionName = "GraphQLServerSentEvents";

    /// <summary>How often a comment line is written so proxies keep an idle stream open.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Events waiting for a slow client; one more ends its stream.</summary>
    [Range(1, 1_000_000)]
    public int MaxPendingEvents { get; set; } = 1000;
}
