using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Batching;

public static class ResolveFieldContextBatchExtensions
{
    /// <summary>Queues <paramref name="key"/> on the request's loader for <paramref name="definition"/>.</summary>
    public static IDataLoaderResult<TValue?> Load<TKey, TValue>(
        this IResolveFieldContext context, BatchLoaderDefinition<TKey, TValue> definition, TKey key)
        where TKey : notnull =>
        context.RequestServices!.GetRequiredService<BatchLoaderRegistry>().Get(definition).Load(key);
}
