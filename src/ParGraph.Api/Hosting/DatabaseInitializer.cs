using ParGraph.Api.Data;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Import;

namespace ParGraph.Api.Hosting;

/// <summary>
/// Migrates the database, loads the seeds and imports the seed documents before the server takes
/// requests (each step idempotent, so a restart is quick).
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, SeedState state) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        state.Loaded = await PrepareAsync(services, cancellationToken);

    /// <summary>Migrations, the registry and the seed documents; also what the <c>import</c> verb needs first.</summary>
    public static async Task<SeedResult> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await ParGraphDatabaseMigrations.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var seeds = await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(cancellationToken);
        await services.GetRequiredService<SeedDocumentImporter>().ImportAllAsync(dryRun: false, cancellationToken);
        return seeds;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
