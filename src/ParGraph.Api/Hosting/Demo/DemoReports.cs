using Npgsql;
using NpgsqlTypes;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using static ParGraph.Api.Hosting.Demo.DemoDataWriter;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// The reporting periods (Q1, H1, Q3, YEAR) of every demo year, and per year one report of each lead
/// agency — filed against that year's first annual plan — with entries for its reported tasks.
/// Past years' reports are approved (some submitted late), this year's are drafts.
/// </summary>
internal static class DemoReports
{
    public static async Task WriteAsync(
        DemoDataWriter writer, NpgsqlTransaction transaction, DemoDataGenerator generator,
        IReadOnlyList<DemoPlan> plans, IReadOnlyList<DemoTask> tasks, CancellationToken ct)
    {
        var today = generator.Today;
        await writer.ExecuteAsync(
            $"""
            INSERT INTO reporting_periods (year, kind, start, "end", due)
            SELECT y, k.kind, make_date(y, 1, 1), (make_date(y, k.month, 1) + interval '1 month' - interval '1 day')::date,
                   (make_date(y, k.month, 1) + interval '1 month' - interval '1 day')::date
            FROM generate_series({generator.FirstYear}, {today.Year}) AS y,
                 (VALUES ('Q1', 3), ('H1', 6), ('Q3', 9), ('Year', 12)) AS k(kind, month)
            ON CONFLICT (year, kind) DO NOTHING
            """, transaction, ct, "reporting_periods (ensured)");
        var periods = (await writer.QueryAsync(
            $"SELECT year, id FROM reporting_periods WHERE kind = 'Year' AND year >= {generator.FirstYear}", r => (Year: r.GetInt32(0), Id: r.GetInt32(1)), transaction, ct))
            .ToDictionary(p => p.Year, p => p.Id);
        var annualPlans = plans.Where(p => p.Kind == PlanKind.AnnualPlan).GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.First().Id);

        var reported = tasks.Where(t => t.Reported).ToList();
        var keys = reported.Select(t => (Agency: t.Leads[0], t.Year)).Distinct().Order().ToList();
        var firstId = await writer.ReserveIdsAsync("reports", keys.Count, ct);
        var reportIds = keys.Select((key, i) => (key, Id: firstId + i)).ToDictionary(r => r.key, r => r.Id);
        writer.Copy(
            "reports (id, agency_id, period_id, plan_id, status, created_at, submitted_at, submitted_late, decided_at)", keys, (w, key) =>
            {
                var past = key.Year < today.Year;
                var late = past && (key.Agency + key.Year) % 10 == 0;
                w.Write(reportIds[key], NpgsqlDbType.Integer);
                w.Write(key.Agency, NpgsqlDbType.Integer);
                w.Write(periods[key.Year], NpgsqlDbType.Integer);
                w.Write(annualPlans[key.Year], NpgsqlDbType.Integer);
                Write(w, past ? "Approved" : "Draft");
                Write(w, (DateTimeOffset?)At(key.Year, 12, 1));
                Write(w, past ? At(key.Year, 12, late ? 28 : 10) : null);
                w.Write(late, NpgsqlDbType.Boolean);
                Write(w, past ? At(key.Year + 1, 1, 15) : null);
            });
        writer.Copy("report_entries (report_id, task_id, result, status, progress, evidence)", reported, (w, t) =>
        {
            w.Write(reportIds[(t.Leads[0], t.Year)], NpgsqlDbType.Integer);
            w.Write(t.Id, NpgsqlDbType.Integer);
            Write(w, Result(t));
            Write(w, t.Status.ToString());
            w.Write(t.Progress, NpgsqlDbType.Integer);
            w.Write(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        });
    }

    private static DateTimeOffset? At(int year, int month, int day) => new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private static string Result(DemoTask task) => task.Status switch
    {
        TaskStatus.Completed => task.DeadlineDue is { } due && task.CompletedOn > due ? "Đã hoàn thành (trễ hạn)" : "Đã hoàn thành",
        TaskStatus.InProgress => "Đang triển khai thực hiện",
        TaskStatus.Cancelled => "Dừng thực hiện theo chỉ đạo của UBND tỉnh",
        _ => "Chưa triển khai",
    };
}
