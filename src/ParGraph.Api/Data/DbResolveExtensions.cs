using GraphQL;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Data;

public static class DbResolveExtensions
{
    /// <summary>Runs <paramref name="work"/> on a <see cref="ParGraphDbContext"/> of its own.</summary>
    public static Task<T> WithDbAsync<T>(this IResolveFieldContext context, Func<ParGraphDbContext, CancellationToken, Task<T>> work) =>
        context.WithDbContextAsync(work);
}
