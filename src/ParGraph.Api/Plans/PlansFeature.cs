using ParGraph.Server.Schema;

namespace ParGraph.Api.Plans;

public static class PlansFeature
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddQueryFields<PlanQueries>();
        services.AddSingleton(BatchedNodeSource.ById("Plan", PlanLoaders.PlanById));
        return services;
    }
}
