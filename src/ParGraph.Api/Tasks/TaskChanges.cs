using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

/// <summary>
/// The two ends of every change to a task: loading it at the version the caller read, and recording
/// what changed — a row of the task's history (<c>Task.updates</c>) and an audit entry, in the same unit of work.
/// </summary>
internal static class TaskChanges
{
    public static int DecodeTaskId(string id) => GlobalId.DecodeInt32(id, "Task", "input.taskId");

    /// <summary>The task with its assignments, tracked; <c>NOT_FOUND</c> or <c>CONFLICT</c> when it is gone or changed.</summary>
    public static async Task<PlanTask> LoadAsync(ParGraphDbContext db, int taskId, int expectedVersion, CancellationToken ct)
    {
        var task = await db.Tasks.Include(t => t.Plan).Include(t => t.Assignments).ThenInclude(a => a.Agency)
            .FirstOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw ApiException.NotFound($"There is no task with ID {GlobalId.Encode("Task", taskId)} (or it was deleted).",
                new Dictionary<string, object?> { ["field"] = "input.taskId" });
        RowVersion.Require(task.Version, expectedVersion, $"Task {task.Number ?? task.Id.ToString(CultureInfo.InvariantCulture)} (\"{Abbreviate(task.Title)}\")");
        return task;
    }

    /// <summary>
    /// Appends the history row and the audit entry and announces the change to subscribers on commit;
    /// nothing happens when nothing changed and there is no note.
    /// </summary>
    public static async Task RecordAsync(
        ParGraphDbContext db, EventPublisher events, ClaimsPrincipal? user, DateTimeOffset at, string operation,
        PlanTask task, TaskSnapshot? before, string? note, CancellationToken ct)
    {
        var after = TaskSnapshot.Of(task);
        var changes = before is null ? null : TaskSnapshot.Changes(before, after);
        if (before is not null && changes is null && note is null)
        {
            return;
        }

        var caller = new CurrentUser(user);
        task.Updates.Add(new TaskUpdate
        {
            At = at, Subject = caller.Subject, Username = caller.Username, Note = note, Changes = changes,
            Status = before is null || before.Status != after.Status ? after.Status : null,
            Progress = before is null || before.Progress != after.Progress ? after.Progress : null,
        });
        AuditLog.Record(db, user, at, operation, "Task", task.Id == 0 ? null : task.Id.ToString(CultureInfo.InvariantCulture),
            before, after, after.Lead.FirstOrDefault());
        var kind = before is null ? TaskChangeKind.Created : after.Deleted ? TaskChangeKind.Deleted : TaskChangeKind.Updated;
        await events.PublishAsync(db, TaskEvent.Topic, new TaskEvent(kind, task.Id, task.PlanId, [.. after.Lead.Union(after.Coordinating)], at), ct);
    }

    private static string Abbreviate(string? title) =>
        title is null ? "" : title.Length <= 60 ? title : string.Concat(title.AsSpan(0, 57), "…");
}
