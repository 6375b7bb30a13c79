namespace ParGraph.Server.Batching;

/// <summary>
/// Describes a batch loader once (usually as a static field); <see cref="BatchLoaderRegistry"/>
/// creates one instance of it per request.
/// </summary>
/// <param name="Name">Unique name, by convention <c>EntityByKey</c> (e.g. <c>TasksByPlanId</c>).</param>
/// <param name="Fetch">Loads the values of many keys at once, using the request's services.</param>
/// <param name="Missing">Value for a key the fetch did not return (e.g. an empty list).</param>
public sealed record BatchLoaderDefinition<TKey, TValue>(
    string Name,
    Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> Fetch,
    Func<TValue?> Missing)
    where TKey : notnull
{
    /// <summary>
    /// True when the values do not depend on who asks (no row rule applies): the subscribers handling one event
    /// may then share one load. Never set it on a loader that filters by the caller.
    /// </summary>
    public bool SharedByEvent { get; init; }

    public BatchLoaderDefinition(
        string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        : this(name, fetch, static () => default)
    {
    }
}
