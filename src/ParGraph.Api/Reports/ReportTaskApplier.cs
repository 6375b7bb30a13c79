using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>What an approval does to the tasks: the entries' status and progress, under the same rules as setTaskProgress.</summary>
public static class ReportTaskApplier
{
    /// <summary>
    /// Applies the entries to the tasks the report's agency leads directly (not through a group, not coordinated,
    /// not cancelled) with <see cref="TaskProgressRules"/>; each changed task gets its history row, audit entry and
    /// <c>taskChanged</c> event. Returns what changed, for the report's audit entry.
    /// </summary>
    public static async Task<IReadOnlyList<object>> ApplyApprovedEntriesAsync(
        ParGraphDbContext db, TaskHistory history, Report report, TaskActor approver, DateOnly today, CancellationToken ct)
    {
        var entries = await db.ReportEntries.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Status != null || e.Progress != null)).ToListAsync(ct);
        var taskIds = entries.Select(e => e.TaskId).ToList();
        var tasks = await db.Tasks.Include(t => t.Assignments).ThenInclude(a => a.Agency)
            .Where(t => taskIds.Contains(t.Id) && t.Status != TaskStatus.Cancelled)
            .LedBy(report.AgencyId).ToDictionaryAsync(t => t.Id, ct);
        var note = $"Applied from the approved {report.Period!.Kind.ToString().ToUpperInvariant()} {report.Period.Year} report of {report.Agency!.Code} (report {report.Id}).";
        var changed = new List<object>();
        foreach (var entry in entries.Where(e => tasks.ContainsKey(e.TaskId)))
        {
            var task = tasks[entry.TaskId];
            var (status, progress) = entry.Status == TaskStatus.Completed
                ? (entry.Status, (int?)null) // 100, whatever the entry said
                : ((entry.Status ?? task.Status) == TaskStatus.NotStarted && entry.Progress > 0 ? TaskStatus.InProgress : entry.Status, entry.Progress);
            var changes = await history.ChangeAsync(db, approver, "approveReport", task, note,
                t => TaskProgressRules.Apply(t, status, progress, null, today, "input"), ct);
            if (changes is not null)
            {
                changed.Add(new { TaskId = task.Id, Changes = JsonNode.Parse(changes) });
            }
        }

        return changed;
    }
}
