using Npgsql;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// A class fixture: one database per test class, copied from the migrated template
/// (<c>CREATE DATABASE … TEMPLATE pargraph_template</c>) and dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private int dropped;

    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var server = await TestPostgres.GetServerAsync();
        await server.CreateDatabaseIfMissingAsync(Name, TestPostgres.TemplateDatabase);
        ConnectionString = server.GetConnectionString(Name);
    }

    /// <summary>A new, tracking context on this class's database; dispose it.</summary>
    public ParGraphDbContext CreateContext() => new(ParGraphDbContextOptions.Create(ConnectionString));

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref dropped, 1) == 1 || ConnectionString.Length == 0)
        {
            return;
        }

        var server = await TestPostgres.GetServerAsync();
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = new NpgsqlConnection(server.GetConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand(
            $"DROP DATABASE IF EXISTS {EmbeddedPostgres.Quote(Name)} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
