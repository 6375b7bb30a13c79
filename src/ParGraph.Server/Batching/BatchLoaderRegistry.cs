using System.Collections.Concurrent;

namespace ParGraph.Server.Batching;

/// <summary>The batch loaders of one request (registered as a scoped service).</summary>
public sealed class BatchLoaderRegistry(IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(BatchLoaderDefinition<TKey, TValue> definition)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(
            definition.Name,
            static (_, state) => new BatchLoader<TKey, TValue>(
                (keys, ct) => state.definition.Fetch(state.services, keys, ct),
                state.definition.Missing),
            (definition, services));

    /// <summary>
    /// Forgets every loaded value: a subscription runs its selection once per event in one scope, and each
    /// event must read the data as it is then.
    /// </summary>
    public void Reset() => loaders.Clear();
}
