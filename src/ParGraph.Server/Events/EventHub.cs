using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ParGraph.Server.Events;

/// <summary>
/// In-process fan-out of the events this replica receives. Dispatch never waits for a subscriber: each has
/// a bounded buffer, and one that cannot keep up is ended with <see cref="SubscriberTooSlowException"/>.
/// </summary>
public sealed class EventHub(IOptions<EventsOptions> options)
{
    private readonly ConcurrentDictionary<long, Subscriber> subscribers = new();
    private long nextId;

    public int SubscriberCount => subscribers.Count;

    /// <summary>Events of <paramref name="topic"/> (and resyncs) from now on, until the subscriber stops reading or is disposed.</summary>
    public EventSubscription Subscribe(string topic)
    {
        var id = Interlocked.Increment(ref nextId);
        var channel = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(options.Value.SubscriberBufferSize)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails instead of dropping silently
        });
        subscribers[id] = new Subscriber(topic, channel);
        return new EventSubscription(channel.Reader, () => Remove(id));
    }

    public void Dispatch(ServerEvent serverEvent)
    {
        foreach (var (id, subscriber) in subscribers)
        {
            if ((serverEvent.IsResync || subscriber.Topic == serverEvent.Topic) && !subscriber.Channel.Writer.TryWrite(serverEvent))
            {
                subscriber.Channel.Writer.TryComplete(new SubscriberTooSlowException(options.Value.SubscriberBufferSize));
                Remove(id);
            }
        }
    }

    private void Remove(long id)
    {
        if (subscribers.TryRemove(id, out var subscriber))
        {
            subscriber.Channel.Writer.TryComplete();
        }
    }

    private sealed record Subscriber(string Topic, Channel<ServerEvent> Channel);
}

/// <summary>One subscriber's events; dispose it to stop receiving.</summary>
public sealed class EventSubscription(ChannelReader<ServerEvent> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<ServerEvent> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}

/// <summary>Ends a subscription whose reader fell more than the buffer size behind.</summary>
public sealed class SubscriberTooSlowException(int bufferSize)
    : Exception($"The subscription could not keep up: more than {bufferSize} events were waiting for it. Subscribe again and re-read what you show.");
