using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParGraph.Api.Data;

/// <summary>The one place that says how ParGraph talks to PostgreSQL (app, tools and tests).</summary>
public static class ParGraphDbContextOptions
{
    public static DbContextOptionsBuilder UseParGraphDatabase(
        this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql =>
                npgsql.MigrationsAssembly(typeof(ParGraphDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            // Children of a soft-deleted task are meant to vanish with it.
            .ConfigureWarnings(w => w.Ignore(
                CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    /// <summary>Options for a context created by hand (design time, tests, CLI).</summary>
    public static DbContextOptions<ParGraphDbContext> Create(string connectionString) =>
        ((DbContextOptionsBuilder<ParGraphDbContext>)new DbContextOptionsBuilder<ParGraphDbContext>()
            .UseParGraphDatabase(connectionString)).Options;
}
