using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// One embedded PostgreSQL per test run, from the product's own launcher, with a template
/// database built once from the real migrations. Stopped and deleted at process exit.
/// </summary>
public static class TestPostgres
{
    public const string TemplateDatabase = "pargraph_template";

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "pargraph-tests");
    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);

    public static Task<EmbeddedPostgres> GetServerAsync() => Server.Value;

    /// <summary>A fresh home folder under the run's temp root, for tests that start their own server.</summary>
    public static string NewHome(string purpose) =>
        Path.Combine(Root, $"{Environment.ProcessId}-{purpose}-{Guid.NewGuid().ToString("N")[..12]}");

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        await RemoveLeftoversAsync();
        var home = NewHome("shared");
        var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { Home = home, Database = TemplateDatabase, Ephemeral = true });
        // The test host may be killed soon after exit starts: the server stops first (its own
        // handler); a home left behind is removed by the next run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            TryDelete(home);
        };

        await using (var db = new ParGraphDbContext(ParGraphDbContextOptions.Create(server.ConnectionString)))
        {
            await db.Database.MigrateAsync();
        }

        // CREATE DATABASE … TEMPLATE needs the template to have no open connections.
        NpgsqlConnection.ClearAllPools();
        return server;
    }

    /// <summary>Stops servers and removes homes left behind by test runs that were killed.</summary>
    private static async Task RemoveLeftoversAsync()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var home in Directory.GetDirectories(Root))
        {
            var pidText = Path.GetFileName(home).Split('-')[0];
            if (int.TryParse(pidText, out var pid) && IsAlive(pid))
            {
                continue; // another test run is using it
            }

            if (File.Exists(Path.Combine(home, "pg", "postmaster.pid")) && File.Exists(Path.Combine(home, "pg-password")))
            {
                var orphan = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { Home = home, Database = "postgres" });
                await orphan.StopAsync();
            }

            TryDelete(home);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort; the next run retries
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
