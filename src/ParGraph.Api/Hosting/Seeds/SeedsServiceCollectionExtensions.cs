using ParGraph.Api.Data;

namespace ParGraph.Api.Hosting.Seeds;

public static class SeedsServiceCollectionExtensions
{
    /// <summary>The seeds folder, its loader and the readiness check that it ran.</summary>
    public static IServiceCollection AddSeeds(this IServiceCollection services, IHealthChecksBuilder health)
    {
        services.AddSingleton(sp => SeedCatalog.Locate(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SeedState>();
        services.AddScoped<SeedLoader>();
        services.AddScoped<KpiSeedLoader>();
        health.AddCheck<SeedsHealthCheck>("seeds", tags: [DataHealthCheckExtensions.ReadyTag]);
        return services;
    }
}
