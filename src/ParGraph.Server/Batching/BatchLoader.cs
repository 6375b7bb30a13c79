using GraphQL.DataLoader;

namespace ParGraph.Server.Batching;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the tree, then
/// fetches them in one call when the executor asks for the first deferred result.
/// One instance lives for one request (see <see cref="BatchLoaderRegistry"/>).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    Func<TValue?> missing)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly HashSet<TKey> queued = [];
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private Task? running;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!loaded.ContainsKey(key))
            {
                queued.Add(key);
            }
        }

        return new DeferredResult(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task batch;
            lock (gate)
            {
                if (loaded.TryGetValue(key, out var value))
                {
                    return value;
                }

                if (running is null || running.IsCompleted)
                {
                    queued.Add(key);
                    running = FetchAsync([.. queued], cancellationToken);
                    queued.Clear();
                }

                batch = running;
            }

            await batch.ConfigureAwait(false);
        }
    }

    private async Task FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (gate)
        {
            foreach (var key in keys)
            {
                loaded[key] = values.TryGetValue(key, out var value) ? value : missing();
            }
        }
    }

    private sealed class DeferredResult(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
