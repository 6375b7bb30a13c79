using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>
/// What an approval does to the tasks: the one place the report workflow changes tasks, kept small so it can
/// be folded into the task mutations' own progress rules (setTaskProgress) later.
/// </summary>
public static class ReportTaskApplier
{
    /// <summary>
    /// Applies the entries' status and progress to the tasks the report's agency leads directly (not through a
    /// group, not coordinated, not cancelled), with a <see cref="TaskUpdate"/> per changed task. Rules: progress
    /// 0–100; COMPLETED means progress 100 and a completion date (the approval day unless already set); any other
    /// status clears the completion date. Returns what changed, for the audit entry.
    /// </summary>
    public static async Task<IReadOnlyList<object>> ApplyApprovedEntriesAsync(
        ParGraphDbContext db, Report report, CurrentUser approver, DateTimeOffset at, DateOnly today, CancellationToken ct)
    {
        var entries = await db.ReportEntries.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Status != null || e.Progress != null)).ToListAsync(ct);
        var taskIds = entries.Select(e => e.TaskId).ToList();
        var tasks = await db.Tasks.Where(t => taskIds.Contains(t.Id) && t.Status != TaskStatus.Cancelled)
            .LedBy(report.AgencyId).ToDictionaryAsync(t => t.Id, ct);
        var changed = new List<object>();
        foreach (var entry in entries.Where(e => tasks.ContainsKey(e.TaskId)))
        {
            var task = tasks[entry.TaskId];
            var status = entry.Status ?? task.Status;
            var progress = status == TaskStatus.Completed ? 100 : Math.Clamp(entry.Progress ?? task.Progress, 0, 100);
            DateOnly? completedOn = status == TaskStatus.Completed ? task.CompletedOn ?? today : null;
            if ((status, progress, completedOn) == (task.Status, task.Progress, task.CompletedOn))
            {
                continue;
            }

            var changes = new Dictionary<string, object?[]>();
            Note(changes, "status", task.Status, status);
            Note(changes, "progress", task.Progress, progress);
            Note(changes, "completedOn", task.CompletedOn, completedOn);
            (task.Status, task.Progress, task.CompletedOn) = (status, progress, completedOn);
            db.TaskUpdates.Add(new TaskUpdate
            {
                TaskId = task.Id, At = at, Subject = approver.Subject, Username = approver.Username,
                Status = changes.ContainsKey("status") ? status : null,
                Progress = changes.ContainsKey("progress") ? progress : null, Changes = JsonSerializer.Serialize(changes),
                Note = $"Applied from the approved {report.Period!.Kind.ToString().ToUpperInvariant()} {report.Period.Year} report of {report.Agency!.Code} (report {report.Id}).",
            });
            changed.Add(new { TaskId = task.Id, Changes = changes });
        }

        return changed;
    }

    private static void Note<T>(Dictionary<string, object?[]> changes, string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changes[field] = [Format(before), Format(after)];
        }
    }

    private static object? Format<T>(T value) => value switch
    {
        TaskStatus status => JsonNamingPolicy.SnakeCaseUpper.ConvertName(status.ToString()),
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
