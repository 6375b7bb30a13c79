using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// Replaces the demo data (plans whose <c>source_file</c> starts with <c>demo:</c>, everything under them,
/// and KPI measurements with source <c>demo</c>) in one transaction, writing with binary COPY. Ids come from
/// ranges reserved on the tables' identity sequences, so later inserts through EF do not collide.
/// Each step, and every <see cref="ProgressRows"/> rows of a copy, is written to <paramref name="progress"/> as it is done.
/// </summary>
public sealed class DemoDataWriter(NpgsqlConnection connection, TextWriter progress)
{
    public const string Source = "demo";

    public const int ProgressRows = 100_000;

    /// <summary>What each statement or copy did: rows and milliseconds.</summary>
    public List<DemoStep> Steps { get; } = [];

    public async Task DeleteAsync(NpgsqlTransaction transaction, CancellationToken ct) =>
        await ExecuteAsync(
            """
            CREATE TEMP TABLE demo_plans ON COMMIT DROP AS SELECT id FROM plans WHERE source_file LIKE 'demo:%';
            DELETE FROM report_entries e USING tasks t WHERE e.task_id = t.id AND t.plan_id IN (SELECT id FROM demo_plans);
            DELETE FROM reports WHERE plan_id IN (SELECT id FROM demo_plans);
            DELETE FROM task_updates u USING tasks t WHERE u.task_id = t.id AND t.plan_id IN (SELECT id FROM demo_plans);
            DELETE FROM task_assignments a USING tasks t WHERE a.task_id = t.id AND t.plan_id IN (SELECT id FROM demo_plans);
            DELETE FROM tasks WHERE plan_id IN (SELECT id FROM demo_plans);
            DELETE FROM plan_sections WHERE plan_id IN (SELECT id FROM demo_plans);
            UPDATE plans SET parent_id = NULL WHERE parent_id IN (SELECT id FROM demo_plans);
            DELETE FROM plans WHERE id IN (SELECT id FROM demo_plans);
            DELETE FROM kpi_measurements WHERE source = 'demo';
            """, transaction, ct, "delete earlier demo data");

    /// <summary>
    /// Until the transaction ends, skips the per-row foreign-key triggers, which cost more than the copy itself
    /// (the generated ids are valid by construction). Only a superuser may, e.g. on the embedded database;
    /// elsewhere the checks stay. Never before <see cref="DeleteAsync"/>: cascades are triggers too.
    /// </summary>
    public async Task SkipForeignKeyChecksAsync(NpgsqlTransaction transaction, CancellationToken ct)
    {
        var superuser = await QueryAsync("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", r => r.GetBoolean(0), transaction, ct);
        if (superuser is [true])
        {
            await ExecuteAsync("SET LOCAL session_replication_role = replica", transaction, ct, "skip foreign-key triggers (superuser)");
        }
    }

    /// <summary>The first id of <paramref name="count"/> ids taken from <paramref name="table"/>'s identity sequence.</summary>
    public async Task<int> ReserveIdsAsync(string table, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT setval(pg_get_serial_sequence(@t, 'id'), nextval(pg_get_serial_sequence(@t, 'id')) + @c - 1) - @c + 1", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", (long)Math.Max(count, 1));
        return checked((int)(long)(await command.ExecuteScalarAsync(ct))!);
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task ExecuteAsync(string sql, NpgsqlTransaction? transaction, CancellationToken ct, string? step = null)
    {
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var rows = await command.ExecuteNonQueryAsync(ct);
        if (step is not null)
        {
            Done(new DemoStep(step, rows, clock.ElapsedMilliseconds));
        }
    }

    /// <summary>
    /// Writes <paramref name="rows"/> with binary COPY; <paramref name="write"/> writes one row's columns.
    /// Synchronous on purpose: per-value async calls cost more than the copy itself at a million rows.
    /// </summary>
    public int Copy<T>(string copy, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        var clock = Stopwatch.StartNew();
        var table = copy[..copy.IndexOf(' ', StringComparison.Ordinal)];
        using var importer = connection.BeginBinaryImport($"COPY {copy} FROM STDIN (FORMAT BINARY)");
        var written = 0;
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
            if (++written % ProgressRows == 0)
            {
                progress.WriteLine($"seed-demo: {table}: {written:N0} rows so far ({clock.ElapsedMilliseconds:N0} ms)");
            }
        }

        var count = (int)importer.Complete();
        Done(new DemoStep(table, count, clock.ElapsedMilliseconds));
        return count;
    }

    private void Done(DemoStep step)
    {
        Steps.Add(step);
        progress.WriteLine($"seed-demo: {step}");
    }

    public static void Write(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null) { importer.WriteNull(); } else { importer.Write(value, NpgsqlDbType.Text); }
    }

    public static void Write(NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } v) { importer.Write(v, NpgsqlDbType.Integer); } else { importer.WriteNull(); }
    }

    public static void Write(NpgsqlBinaryImporter importer, DateOnly? value)
    {
        if (value is { } v) { importer.Write(v, NpgsqlDbType.Date); } else { importer.WriteNull(); }
    }

    public static void Write(NpgsqlBinaryImporter importer, DateTimeOffset? value)
    {
        if (value is { } v) { importer.Write(v.ToUniversalTime(), NpgsqlDbType.TimestampTz); } else { importer.WriteNull(); }
    }
}
