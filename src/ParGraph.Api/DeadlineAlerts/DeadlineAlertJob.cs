using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tasks;
using ParGraph.Server.Events;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.DeadlineAlerts;

/// <summary>
/// Raises each deadline alert once — 7, 3 and 1 days before a task's due day and when it goes overdue — and
/// announces it. On several replicas exactly one runs at a time: the run holds a PostgreSQL advisory lock,
/// and the others skip; the unique key (task, kind, due day) makes a repeated run a no-op anyway.
/// </summary>
public sealed partial class DeadlineAlertJob(
    IDbContextFactory<ParGraphDbContext> factory, EventPublisher events, ProvinceClock clock,
    IOptions<DeadlineAlertOptions> options, ILogger<DeadlineAlertJob> logger) : BackgroundService
{
    /// <summary>The advisory lock's key: "PARALERT" read as a number, so it cannot collide with another job's by chance.</summary>
    public const long LockKey = 0x50_41_52_41_4C_45_52_54;

    /// <summary>One pass; the number of alerts raised, or null when another replica holds the lock.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct)
    {
        var (today, now, catchUp) = (clock.Today, clock.UtcNow, options.Value.OverdueCatchUpDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct))
        {
            return null;
        }

        var raised = await db.Database.SqlQuery<RaisedAlert>($"""
            INSERT INTO deadline_alerts (task_id, kind, due_on, raised_at)
            SELECT t.id,
                   CASE WHEN {today} > t.deadline_due THEN {nameof(DeadlineAlertKind.Overdue)}
                        WHEN t.deadline_due - {today} <= 1 THEN {nameof(DeadlineAlertKind.DueIn1Day)}
                        WHEN t.deadline_due - {today} <= 3 THEN {nameof(DeadlineAlertKind.DueIn3Days)}
                        ELSE {nameof(DeadlineAlertKind.DueIn7Days)} END,
                   t.deadline_due, {now}
            FROM tasks AS t
            WHERE t.deleted_at IS NULL AND t.deadline_due IS NOT NULL
              AND t.status NOT IN ({nameof(TaskStatus.Completed)}, {nameof(TaskStatus.Cancelled)})
              AND t.deadline_due BETWEEN {today.AddDays(-catchUp)} AND {today.AddDays(TimelinessRules.DueSoonDays)}
            ON CONFLICT (task_id, kind, due_on) DO NOTHING
            RETURNING id AS alert_id, task_id
            """).ToListAsync(ct);

        var taskIds = raised.Select(r => r.TaskId).ToList();
        var agencies = (await db.TaskAssignments.Where(a => taskIds.Contains(a.TaskId)).Select(a => new { a.TaskId, a.Agency!.Code }).ToListAsync(ct))
            .ToLookup(a => a.TaskId, a => a.Code);
        foreach (var alert in raised)
        {
            await events.PublishAsync(db, DeadlineAlertEvent.Topic, new DeadlineAlertEvent(alert.AlertId, alert.TaskId, [.. agencies[alert.TaskId].Distinct()]), ct);
        }

        await transaction.CommitAsync(ct);
        return raised.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        try
        {
            do
            {
                try
                {
                    if (await RunOnceAsync(stoppingToken) is > 0 and var count)
                    {
                        LogRaised(logger, count);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Raised {Count} deadline alerts.")]
    private static partial void LogRaised(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline alert job failed; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private sealed record RaisedAlert(long AlertId, int TaskId);
}
