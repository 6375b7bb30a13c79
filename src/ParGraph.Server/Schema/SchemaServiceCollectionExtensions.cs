using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Hosting;
using ParGraph.Server.Paging;
using ParGraph.Server.Sorting;

namespace ParGraph.Server.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// Root types composed from <see cref="IQueryFields"/> / <see cref="IMutationFields"/>, Relay
    /// nodes and connections, per-request batch loaders and paging options. Register the schema
    /// itself with <c>AddSchema&lt;RootSchema&gt;()</c> in the GraphQL builder.
    /// </summary>
    public static IServiceCollection AddParGraphSchema(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<QueryType>();
        services.AddSingleton<MutationType>();
        services.AddSingleton<SubscriptionType>();
        services.AddSingleton<NodeInterfaceType>();
        services.AddSingleton<IsoDateGraphType>();
        services.AddSingleton<IsoDateTimeGraphType>();
        services.AddSingleton<PageInfoGraphType>();
        services.AddSingleton<SortEnumType>();
        services.AddSingleton<StringOperationFilterInputType>();
        services.AddSingleton<IntOperationFilterInputType>();
        services.AddSingleton<FloatOperationFilterInputType>();
        services.AddSingleton<DateOperationFilterInputType>();
        services.AddSingleton<DateTimeOperationFilterInputType>();
        services.AddSingleton<BooleanOperationFilterInputType>();
        services.AddSingleton(typeof(EnumOperationFilterInputType<>));
        services.AddSingleton(typeof(ListFilterInputType<>));
        services.AddSingleton(typeof(ConnectionGraphType<,>));
        services.AddSingleton(typeof(EdgeGraphType<,>));
        services.AddScoped<BatchLoaderRegistry>();
        services.AddValidatedOptions<PagingOptions>(PagingOptions.SectionName)
            .Validate(o => o.DefaultPageSize <= o.MaxPageSize, "Paging:DefaultPageSize must not exceed Paging:MaxPageSize.");
        return services;
    }

    public static IServiceCollection AddQueryFields<T>(this IServiceCollection services)
        where T : class, IQueryFields =>
        services.AddSingleton<IQueryFields, T>();

    public static IServiceCollection AddMutationFields<T>(this IServiceCollection services)
        where T : class, IMutationFields =>
        services.AddSingleton<IMutationFields, T>();

    public static IServiceCollection AddSubscriptionFields<T>(this IServiceCollection services)
        where T : class, ISubscriptionFields =>
        services.AddSingleton<ISubscriptionFields, T>();
}
