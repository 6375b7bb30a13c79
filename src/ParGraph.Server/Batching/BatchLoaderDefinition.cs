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
    public BatchLoaderDefinition(
        string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        : this(name, fetch, static () => default)
    {
    }
}
