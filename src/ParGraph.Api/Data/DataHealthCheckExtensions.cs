namespace ParGraph.Api.Data;

public static class DataHealthCheckExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>Adds "database" (can connect) and "migrations" (none pending), both tagged <c>ready</c>.</summary>
    public static IHealthChecksBuilder AddParGraphHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<ParGraphDbContext>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag]);
}
