using System.Text.Json;

namespace ParGraph.Server.Events;

/// <summary>
/// A change announced to every replica: a topic (e.g. <c>task</c>) and a small JSON payload of ids and
/// kind. Subscribers load what their selection asks for; the payload is never the data itself.
/// </summary>
public sealed record ServerEvent(string Topic, string Data)
{
    /// <summary>
    /// Told to every subscriber when events may have been missed (the replica lost its LISTEN connection):
    /// re-read instead of trusting the stream.
    /// </summary>
    public static readonly ServerEvent Resync = new("*", "{}");

    public bool IsResync => ReferenceEquals(this, Resync);

    /// <summary>An event of <paramref name="topic"/> carrying <paramref name="payload"/> as JSON.</summary>
    public static ServerEvent Of<T>(string topic, T payload) => new(topic, JsonSerializer.Serialize(payload));

    /// <summary>The payload written by <see cref="Of{T}"/>.</summary>
    public T? Payload<T>() => JsonSerializer.Deserialize<T>(Data);
}
