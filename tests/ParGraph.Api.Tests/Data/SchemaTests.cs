using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Data;

public sealed class SchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrations_AreAllApplied()
    {
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Schema_HasSnakeCaseTables()
    {
        var tables = await QueryAsync(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");

        string[] expected =
        [
            "agencies", "agency_group_members", "plans", "plan_sections", "tasks", "task_assignments",
            "task_updates", "reporting_periods", "reports", "report_entries", "kpis", "kpi_targets",
            "kpi_measurements", "audit_entries",
        ];
        Assert.All(expected, table => Assert.Contains(table, tables));
    }

    [Fact]
    public async Task Tasks_HaveDeadlineColumnsAndJsonAndArrayTypes()
    {
        var columns = await QueryAsync(
            "SELECT table_name || '.' || column_name || ':' || udt_name FROM information_schema.columns "
            + "WHERE table_schema = 'public'");

        Assert.Contains("tasks.deadline_text:text", columns);
        Assert.Contains("tasks.deadline_kind:text", columns);
        Assert.Contains("tasks.deadline_start:date", columns);
        Assert.Contains("tasks.deadline_due:date", columns);
        Assert.Contains("agencies.aliases:_text", columns);
        Assert.Contains("report_entries.evidence:_text", columns);
        Assert.Contains("audit_entries.before:jsonb", columns);
        Assert.Contains("task_updates.changes:jsonb", columns);
    }

    [Fact]
    public async Task Extensions_UnaccentAndTrigramAreInstalled()
    {
        var extensions = await QueryAsync("SELECT extname FROM pg_extension");
        var unaccented = await QueryAsync("SELECT unaccent('Sở Nội vụ')");

        Assert.Contains("unaccent", extensions);
        Assert.Contains("pg_trgm", extensions);
        Assert.Equal("So Noi vu", Assert.Single(unaccented));
    }

    [Fact]
    public async Task Database_FoldsVietnameseCase()
    {
        var lowered = await QueryAsync("SELECT lower('SỞ NỘI VỤ')");

        Assert.Equal("sở nội vụ", Assert.Single(lowered));
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
