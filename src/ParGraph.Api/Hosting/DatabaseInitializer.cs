using ParGraph.Api.Data;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Hosting;

/// <summary>Migrates the database and loads the seeds before the server takes requests.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, SeedState state) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ParGraphDatabaseMigrations.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        state.Loaded = await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
