using ParGraph.Server.Schema;
using ParGraph.Server.Transport;

namespace ParGraph.Api.PersistedDocuments;

public static class PersistedDocumentsFeature
{
    public static IServiceCollection AddPersistedDocuments(this IServiceCollection services)
    {
        services.AddQueryFields<PersistedDocumentQueries>();
        services.AddMutationFields<PersistedDocumentMutations>();
        services.AddSingleton<PersistedDocumentService>();
        services.AddSingleton<IPersistedDocumentStore, DatabasePersistedDocumentStore>();
        services.AddHostedService<PersistedDocumentsLoader>();
        return services;
    }
}
