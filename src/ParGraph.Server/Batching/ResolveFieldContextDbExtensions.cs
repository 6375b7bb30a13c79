using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Batching;

public static class ResolveFieldContextDbExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> on a context of its own: GraphQL.NET resolves sibling fields in
    /// parallel and a DbContext must not be shared across threads. Return materialised results.
    /// </summary>
    public static async Task<T> WithDbContextAsync<TContext, T>(
        this IResolveFieldContext context, Func<TContext, CancellationToken, Task<T>> work)
        where TContext : DbContext
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<TContext>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
        return await work(db, context.CancellationToken).ConfigureAwait(false);
    }
}
