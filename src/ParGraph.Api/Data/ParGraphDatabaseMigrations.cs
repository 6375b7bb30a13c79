using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ParGraph.Api.Data;

public static class ParGraphDatabaseMigrations
{
    /// <summary>
    /// Applies pending migrations (starting the embedded PostgreSQL first when it is used).
    /// The body of the <c>migrate</c> CLI verb; safe to run from several replicas at once.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ParGraphDatabaseMigrations));
        await services.GetRequiredService<ParGraphConnection>().GetConnectionStringAsync();
        var factory = services.GetRequiredService<IDbContextFactory<ParGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // EF probes a missing history table by failing a query, which logs an error on a fresh database.
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }

        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Applies pending migrations before the app starts serving requests.</summary>
    public static Task MigrateParGraphDatabaseAsync(this IHost host, CancellationToken cancellationToken = default) =>
        MigrateAsync(host.Services, cancellationToken);
}
