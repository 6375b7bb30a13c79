using Npgsql;
using ParGraph.Api.Hosting;

namespace ParGraph.Server.Tests.Data;

/// <summary>
/// One embedded PostgreSQL per test run, from the product's launcher (its source is compiled in, see the
/// project file), with a template database holding <see cref="WidgetDbContext.Schema"/>.
/// </summary>
public static class TestPostgres
{
    public const string TemplateDatabase = "widgets_template";

    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);

    public static Task<EmbeddedPostgres> GetServerAsync() => Server.Value;

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        var home = Path.Combine(Path.GetTempPath(), "pargraph-server-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { Home = home, Database = TemplateDatabase, Ephemeral = true });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // best effort: the temp folder is the system's to clean
            }
        };

        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(WidgetDbContext.Schema, connection);
            await create.ExecuteNonQueryAsync();
        }

        // CREATE DATABASE … TEMPLATE needs the template to have no open connections.
        NpgsqlConnection.ClearAllPools();
        return server;
    }
}
