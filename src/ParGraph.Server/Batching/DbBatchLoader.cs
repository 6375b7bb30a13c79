using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Batching;

/// <summary>Batch loaders that read with a short-lived <typeparamref name="TContext"/> of their own.</summary>
public static class DbBatchLoader<TContext>
    where TContext : DbContext
{
    public static BatchLoaderDefinition<TKey, TValue> Create<TKey, TValue>(
        string name,
        Func<TContext, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        Func<TValue?>? missing = null)
        where TKey : notnull =>
        new(name, async (services, keys, cancellationToken) =>
        {
            var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            return await fetch(db, keys, cancellationToken).ConfigureAwait(false);
        }, missing ?? (static () => default));

    /// <summary>A loader of the rows whose <paramref name="key"/> is one of the keys, one row per key.</summary>
    public static BatchLoaderDefinition<TKey, TValue> ByKey<TKey, TValue>(
        string name, Func<TContext, IReadOnlyCollection<TKey>, IQueryable<TValue>> rows, Func<TValue, TKey> key)
        where TKey : notnull =>
        Create<TKey, TValue>(name, async (db, keys, ct) =>
            (await rows(db, keys).ToListAsync(ct).ConfigureAwait(false)).ToDictionary(key));

    /// <summary>A loader of the rows grouped by <paramref name="key"/>; keys without rows get an empty list.</summary>
    public static BatchLoaderDefinition<TKey, IReadOnlyList<TValue>> GroupedBy<TKey, TRow, TValue>(
        string name,
        Func<TContext, IReadOnlyCollection<TKey>, IQueryable<TRow>> rows,
        Func<TRow, TKey> key,
        Func<TRow, TValue> value)
        where TKey : notnull =>
        Create<TKey, IReadOnlyList<TValue>>(
            name,
            async (db, keys, ct) => (await rows(db, keys).ToListAsync(ct).ConfigureAwait(false))
                .GroupBy(key, value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)[.. g]),
            static () => []);
}
