using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;
using ParGraph.Server.Tests.Data;

namespace ParGraph.Server.Tests.Events;

/// <summary>
/// The LISTEN/NOTIFY backplane on a real PostgreSQL: <see cref="EventPublisher"/> inside a mutation's
/// transaction, <see cref="PostgresEventListener"/> handing what commits to the <see cref="EventHub"/>.
/// </summary>
public sealed class PostgresEventTests(WidgetDatabase database) : IClassFixture<WidgetDatabase>, IAsyncLifetime
{
    private const string Topic = "widget";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private ServiceProvider services = null!;
    private PostgresEventListener listener = null!;

    private EventHub Hub => services.GetRequiredService<EventHub>();

    private EventPublisher Publisher => services.GetRequiredService<EventPublisher>();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Events:Channel"] = "widgets_" + Guid.NewGuid().ToString("N")[..8] })
            .Build();
        services = new ServiceCollection().AddLogging()
            .AddPostgresEvents(configuration, _ => Task.FromResult(database.ConnectionString))
            .BuildServiceProvider();
        listener = services.GetRequiredService<PostgresEventListener>();
        await listener.StartAsync(CancellationToken.None);
        await listener.Listening.WaitAsync(Patience);
    }

    [Fact]
    public async Task AnEventPublishedInAMutation_ArrivesWhenItCommits()
    {
        using var subscription = Hub.Subscribe(Topic);
        var name = NewName();

        await database.Factory.MutateAsync(async (db, ct) =>
        {
            db.Widgets.Add(new Widget { Name = name, MadeOn = new DateOnly(2024, 5, 1) });
            await Publisher.PublishAsync(db, Topic, new WidgetChanged(name), ct);
            return 0;
        }, "conflict", CancellationToken.None);

        var received = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(Topic, received.Topic);
        Assert.Equal(name, received.Payload<WidgetChanged>()!.Name);
    }

    [Fact]
    public async Task AnEventOfAMutationThatRollsBack_NeverArrives()
    {
        using var subscription = Hub.Subscribe(Topic);
        var lost = NewName();
        var kept = NewName();

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.Factory.MutateAsync<WidgetDbContext, int>(async (db, ct) =>
        {
            await Publisher.PublishAsync(db, Topic, new WidgetChanged(lost), ct);
            throw new InvalidOperationException("rolled back");
        }, "conflict", CancellationToken.None));
        await using (var db = database.CreateContext())
        {
            // Outside a transaction of its own the notification goes with the statement.
            await Publisher.PublishAsync(db, Topic, new WidgetChanged(kept), CancellationToken.None);
        }

        // Notifications arrive in commit order: the first to come is the one that committed.
        var received = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(kept, received.Payload<WidgetChanged>()!.Name);
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [Fact]
    public async Task AnEvent_ReachesTheSubscribersOfItsTopicOnly()
    {
        using var widgets = Hub.Subscribe(Topic);
        using var others = Hub.Subscribe("other");
        var name = NewName();

        await using (var db = database.CreateContext())
        {
            await Publisher.PublishAsync(db, Topic, new WidgetChanged(name), CancellationToken.None);
        }

        Assert.Equal(name, (await widgets.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Payload<WidgetChanged>()!.Name);
        Assert.False(others.Reader.TryRead(out _));
    }

    public async Task DisposeAsync()
    {
        await listener.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
    }

    private static string NewName() => "e-" + Guid.NewGuid().ToString("N")[..12];

    private sealed record WidgetChanged(string Name);
}
