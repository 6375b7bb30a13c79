using ParGraph.Server.Batching;

namespace ParGraph.Server.Tests.Batching;

public class BatchLoaderTests
{
    private readonly List<int[]> calls = [];

    private BatchLoader<int, string> CreateLoader() => new(
        (keys, _) =>
        {
            calls.Add([.. keys.Order()]);
            IReadOnlyDictionary<int, string> values = keys.Where(k => k > 0).ToDictionary(k => k, k => $"v{k}");
            return Task.FromResult(values);
        },
        () => "missing");

    [Fact]
    public async Task Load_ManyKeysBeforeFirstResult_FetchesOnceWithDistinctKeys()
    {
        var loader = CreateLoader();
        var results = new[] { 3, 1, 2, 1 }.Select(loader.Load).ToList();

        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Equal(["v3", "v1", "v2", "v1"], values);
        Assert.Equal([1, 2, 3], Assert.Single(calls));
    }

    [Fact]
    public async Task Load_KeyNotReturned_GivesMissingValue()
    {
        var loader = CreateLoader();
        var absent = loader.Load(-5);
        Assert.Equal("missing", await absent.GetResultAsync());
    }

    [Fact]
    public async Task Load_AfterBatchRan_ServesCachedKeysAndFetchesOnlyNewOnes()
    {
        var loader = CreateLoader();
        await loader.Load(1).GetResultAsync();
        var again = loader.Load(1);
        var fresh = loader.Load(7);

        Assert.Equal("v1", await again.GetResultAsync());
        Assert.Equal("v7", await fresh.GetResultAsync());
        Assert.Equal([[1], [7]], calls);
    }

    [Fact]
    public async Task Load_FetchFails_EveryWaiterSeesTheError()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new InvalidOperationException("database down"), () => null);
        var first = loader.Load(1);
        var second = loader.Load(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
    }
}
