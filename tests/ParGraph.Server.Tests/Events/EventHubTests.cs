using Microsoft.Extensions.Options;
using ParGraph.Server.Events;

namespace ParGraph.Server.Tests.Events;

public class EventHubTests
{
    private readonly EventHub hub = new(Options.Create(new EventsOptions { SubscriberBufferSize = 3 }));

    [Fact]
    public void Dispatch_ReachesTheSubscribersOfItsTopicOnly()
    {
        using var tasks = hub.Subscribe("task");
        using var reports = hub.Subscribe("report");

        hub.Dispatch(new ServerEvent("task", """{"id":1}"""));

        Assert.True(tasks.Reader.TryRead(out var received));
        Assert.Equal("""{"id":1}""", received.Data);
        Assert.False(reports.Reader.TryRead(out _));
    }

    [Fact]
    public void Resync_ReachesEverySubscriber()
    {
        using var tasks = hub.Subscribe("task");
        using var reports = hub.Subscribe("report");

        hub.Dispatch(ServerEvent.Resync);

        Assert.True(tasks.Reader.TryRead(out var first) && first.IsResync);
        Assert.True(reports.Reader.TryRead(out var second) && second.IsResync);
    }

    [Fact]
    public async Task ASubscriberThatFallsBehind_IsEndedWithAnError_WithoutHoldingUpTheOthers()
    {
        using var slow = hub.Subscribe("task");
        using var fast = hub.Subscribe("task");

        for (var i = 0; i < 4; i++)
        {
            hub.Dispatch(new ServerEvent("task", $$"""{"id":{{i}}}"""));
            Assert.True(fast.Reader.TryRead(out _));
        }

        var drained = new List<ServerEvent>();
        var error = await Assert.ThrowsAsync<SubscriberTooSlowException>(async () =>
        {
            await foreach (var e in slow.Reader.ReadAllAsync())
            {
                drained.Add(e);
            }
        });
        Assert.Equal(3, drained.Count);
        Assert.Contains("3 events", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, hub.SubscriberCount);
    }

    [Fact]
    public void Disposing_Unsubscribes()
    {
        var subscription = hub.Subscribe("task");

        subscription.Dispose();
        hub.Dispatch(new ServerEvent("task", "{}"));

        Assert.Equal(0, hub.SubscriberCount);
        Assert.True(subscription.Reader.Completion.IsCompleted);
    }
}
