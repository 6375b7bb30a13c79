using GraphQL.DataLoader;

namespace ParGraph.Server.Batching;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a deferred result once it is loaded (the batch still runs once).</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new Transformed<T, TResult>(result, transform);

    private sealed class Transformed<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
