using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ParGraph.Server.Tests.Data;

/// <summary>A class fixture: one database per test class, copied from the template and dropped afterwards.</summary>
public sealed class WidgetDatabase : IAsyncLifetime
{
    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public IDbContextFactory<WidgetDbContext> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await TestPostgres.GetServerAsync();
        await server.CreateDatabaseIfMissingAsync(Name, TestPostgres.TemplateDatabase);
        ConnectionString = server.GetConnectionString(Name);
        Factory = new PooledDbContextFactory<WidgetDbContext>(WidgetDbContext.Options(ConnectionString));
    }

    /// <summary>A new, tracking context on this class's database; dispose it.</summary>
    public WidgetDbContext CreateContext() => new(WidgetDbContext.Options(ConnectionString));

    /// <summary>Adds <paramref name="widgets"/> (and their makers) and answers them with their ids.</summary>
    public async Task<Widget[]> AddAsync(params Widget[] widgets)
    {
        await using var db = CreateContext();
        db.Widgets.AddRange(widgets);
        await db.SaveChangesAsync();
        return widgets;
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var server = await TestPostgres.GetServerAsync();
        await using var admin = new NpgsqlConnection(server.GetConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
