using ParGraph.Server.Schema;

namespace ParGraph.Api.Agencies;

public static class AgenciesFeature
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddQueryFields<AgencyQueries>();
        services.AddMutationFields<AgencyMutations>();
        services.AddSingleton<AgencyService>();
        services.AddSingleton<AgencyMergeService>();
        services.AddSingleton(BatchedNodeSource.ById("Agency", AgencyLoaders.AgencyById));
        return services;
    }
}
