using ParGraph.Server.Schema;

namespace ParGraph.Api.Overview;

public static class OverviewFeature
{
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddQueryFields<OverviewQueries>();
        services.AddSingleton<ReportSubmissions>();
        return services;
    }
}
