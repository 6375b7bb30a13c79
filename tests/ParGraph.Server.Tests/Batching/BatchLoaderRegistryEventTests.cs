using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Batching;

namespace ParGraph.Server.Tests.Batching;

/// <summary>Subscribers handling one event share the loads that do not depend on who asks, and only those.</summary>
public class BatchLoaderRegistryEventTests
{
    private int sharedFetches;
    private int privateFetches;

    [Fact]
    public async Task SubscribersOfOneEvent_ShareMarkedLoaders_ButNotUnmarkedOnesNorOtherEvents()
    {
        var shared = new BatchLoaderDefinition<int, string>("Shared", (_, keys, _) =>
        {
            Interlocked.Increment(ref sharedFetches);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        }) { SharedByEvent = true };
        var perCaller = new BatchLoaderDefinition<int, string>("PerCaller", (_, keys, _) =>
        {
            Interlocked.Increment(ref privateFetches);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        });
        using var services = new ServiceCollection().BuildServiceProvider();
        var (first, second) = (new BatchLoaderRegistry(services), new BatchLoaderRegistry(services));
        var serverEvent = new object();

        foreach (var registry in new[] { first, second })
        {
            registry.Reset(serverEvent);
            Assert.Equal("#7", await registry.Get(shared).Load(7).GetResultAsync());
            Assert.Equal("#7", await registry.Get(perCaller).Load(7).GetResultAsync());
        }

        first.Reset(new object());
        await first.Get(shared).Load(7).GetResultAsync();
        Assert.Equal((2, 2), (sharedFetches, privateFetches));
    }
}
