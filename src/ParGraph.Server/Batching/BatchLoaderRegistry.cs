using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ParGraph.Server.Batching;

/// <summary>The batch loaders of one request (registered as a scoped service).</summary>
public sealed class BatchLoaderRegistry(IServiceProvider services)
{
    /// <summary>Loaders shared by every subscriber handling one event on this replica (definitions marked <c>SharedByEvent</c>).</summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, object>> EventLoaders = [];

    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, object>? eventLoaders;

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(BatchLoaderDefinition<TKey, TValue> definition)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)(definition.SharedByEvent && eventLoaders is { } shared ? shared : loaders).GetOrAdd(
            definition.Name,
            static (_, state) => new BatchLoader<TKey, TValue>(
                // A shared fetch serves other subscribers too: one leaving must not cancel it.
                (keys, ct) => state.definition.Fetch(state.services, keys, state.definition.SharedByEvent ? CancellationToken.None : ct),
                state.definition.Missing),
            (definition, services));

    /// <summary>
    /// Forgets every loaded value: a subscription runs its selection once per event in one scope, and each
    /// event must read the data as it is then. With <paramref name="serverEvent"/>, loaders whose values do
    /// not depend on the caller are shared with every other subscriber handling that same event instance, so
    /// a thousand subscribers selecting the changed task read it once.
    /// </summary>
    public void Reset(object? serverEvent = null)
    {
        loaders.Clear();
        eventLoaders = serverEvent is null ? null : EventLoaders.GetValue(serverEvent, static _ => new(StringComparer.Ordinal));
    }
}
