using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

public static class KpisFeature
{
    public static IServiceCollection AddKpis(this IServiceCollection services)
    {
        services.AddQueryFields<KpiQueries>();
        services.AddMutationFields<KpiMutations>();
        services.AddSubscriptionFields<KpiSubscriptions>();
        services.AddSingleton<KpiService>();
        services.AddSingleton<KpiMeasurementService>();
        services.AddSingleton(BatchedNodeSource.ById("Kpi", KpiLoaders.KpiById));
        return services;
    }
}
