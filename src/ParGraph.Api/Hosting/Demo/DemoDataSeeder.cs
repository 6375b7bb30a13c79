using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using ParGraph.Api.Kpis;
using static ParGraph.Api.Hosting.Demo.DemoDataWriter;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// <c>seed-demo</c>'s work: replaces the demo data with <paramref name="options"/>' tasks and the plans,
/// sections, assignments, reports and KPI measurements around them, then runs <c>ANALYZE</c>; says each step
/// on <paramref name="progress"/> as it is done.
/// </summary>
public static class DemoDataSeeder
{
    public static async Task<DemoSummary> SeedAsync(string connectionString, DemoOptions options, DateOnly today, TextWriter progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        // No command timeout: COPY of a million rows and the deletes before it take longer than the default 30 s.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(ct);
        var writer = new DemoDataWriter(connection, progress);

        var agencies = await writer.QueryAsync("SELECT id FROM agencies WHERE kind <> 'Group' ORDER BY id", r => r.GetInt32(0), null, ct);
        var kpis = await writer.QueryAsync("SELECT id, unit FROM kpis ORDER BY id", r => new DemoKpi(r.GetInt32(0), Enum.Parse<KpiUnit>(r.GetString(1))), null, ct);
        if (agencies.Count == 0)
        {
            throw new InvalidOperationException("The agency registry is empty: seed-demo assigns tasks to real agencies.");
        }

        var generator = new DemoDataGenerator(options.Seed, options.Years, today, agencies);
        var planCount = Math.Max(1, (options.Tasks + DemoDataGenerator.TasksPerPlan - 1) / DemoDataGenerator.TasksPerPlan);
        await progress.WriteLineAsync($"seed-demo: generating {options.Tasks:N0} tasks in {planCount:N0} plans over {options.Years} years");
        var plans = generator.Plans(options.Tasks, await writer.ReserveIdsAsync("plans", planCount, ct), await writer.ReserveIdsAsync("plan_sections", planCount * 8, ct));
        var tasks = generator.Tasks(plans, options.Tasks, await writer.ReserveIdsAsync("tasks", options.Tasks, ct));
        var measurements = generator.Measurements(kpis);

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await writer.DeleteAsync(transaction, ct);
        await writer.SkipForeignKeyChecksAsync(transaction, ct);
        writer.Copy(
            "plans (id, document_number, title, kind, issued_on, period_start, period_end, status, source_file)", plans, (w, p) =>
            {
                w.Write(p.Id, NpgsqlDbType.Integer);
                Write(w, p.DocumentNumber);
                Write(w, p.Title);
                Write(w, p.Kind.ToString());
                Write(w, p.IssuedOn);
                Write(w, p.PeriodStart);
                Write(w, p.PeriodEnd);
                Write(w, p.Status.ToString());
                Write(w, p.SourceFile);
            });
        writer.Copy("plan_sections (id, plan_id, code, title, area, position)", plans.SelectMany(p => p.Sections), (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Integer);
            w.Write(s.PlanId, NpgsqlDbType.Integer);
            Write(w, s.Code);
            Write(w, s.Title);
            Write(w, s.Area.ToString());
            w.Write(s.Position, NpgsqlDbType.Integer);
        });
        writer.Copy(
            "tasks (id, plan_id, section_id, position, number, title, product, deadline_text, deadline_kind, deadline_start, deadline_due, status, progress, completed_on, needs_review)",
            tasks, WriteTask);
        writer.Copy("task_assignments (task_id, agency_id, role, position)", tasks.SelectMany(Assignments), (w, a) =>
        {
            w.Write(a.TaskId, NpgsqlDbType.Integer);
            w.Write(a.AgencyId, NpgsqlDbType.Integer);
            Write(w, a.Role);
            w.Write(a.Position, NpgsqlDbType.Integer);
        });
        await DemoReports.WriteAsync(writer, transaction, generator, plans, tasks, ct);
        writer.Copy("kpi_measurements (kpi_id, \"on\", value, rank, rank_out_of, source, recorded_by, recorded_at)", measurements, (w, m) =>
        {
            w.Write(m.KpiId, NpgsqlDbType.Integer);
            Write(w, m.On);
            w.Write(m.Value, NpgsqlDbType.Double);
            Write(w, m.Rank);
            Write(w, m.RankOutOf);
            Write(w, Source);
            Write(w, "seed-demo");
            Write(w, (DateTimeOffset?)new DateTimeOffset(m.On.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero));
        });
        await transaction.CommitAsync(ct);
        await writer.ExecuteAsync("ANALYZE", null, ct, "analyze");
        return new DemoSummary(writer.Steps, clock.ElapsedMilliseconds);
    }

    private static void WriteTask(NpgsqlBinaryImporter w, DemoTask t)
    {
        w.Write(t.Id, NpgsqlDbType.Integer);
        w.Write(t.PlanId, NpgsqlDbType.Integer);
        w.Write(t.SectionId, NpgsqlDbType.Integer);
        w.Write(t.Position, NpgsqlDbType.Integer);
        Write(w, t.Number);
        Write(w, t.Title);
        Write(w, t.Product);
        Write(w, t.DeadlineText);
        Write(w, t.DeadlineKind.ToString());
        Write(w, t.DeadlineStart);
        Write(w, t.DeadlineDue);
        Write(w, t.Status.ToString());
        w.Write(t.Progress, NpgsqlDbType.Integer);
        Write(w, t.CompletedOn);
        w.Write(false, NpgsqlDbType.Boolean);
    }

    private static IEnumerable<(int TaskId, int AgencyId, string Role, int Position)> Assignments(DemoTask task) =>
        task.Leads.Select((agency, i) => (task.Id, agency, "Lead", i))
            .Concat(task.Coordinating.Select((agency, i) => (task.Id, agency, "Coordinating", i)));
}
