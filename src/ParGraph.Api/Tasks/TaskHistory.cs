using System.Globalization;
using System.Security.Claims;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Events;

namespace ParGraph.Api.Tasks;

/// <summary>Who changes a task, and when.</summary>
public sealed record TaskActor(ClaimsPrincipal? User, DateTimeOffset At);

/// <summary>
/// The one place a change to a task is recorded, whoever makes it (task mutations, report approval, agency
/// merger): a row of the task's history (<c>Task.updates</c>), an audit entry with before and after, and a
/// <c>taskChanged</c> event published on commit — all in the caller's unit of work. Anything that must follow
/// every task change (e.g. maintained counts) belongs here.
/// </summary>
public sealed class TaskHistory(EventPublisher events)
{
    /// <summary>
    /// Snapshots the tracked <paramref name="task"/>, applies <paramref name="change"/> and records it when it changed
    /// something; returns the changes (<c>{ field: [before, after] }</c> JSON) or null.
    /// </summary>
    public async Task<string?> ChangeAsync(
        ParGraphDbContext db, TaskActor actor, string operation, PlanTask task, string? note, Action<PlanTask> change, CancellationToken ct)
    {
        var before = TaskSnapshot.Of(task);
        change(task);
        var changes = TaskSnapshot.Changes(before, TaskSnapshot.Of(task));
        if (changes is not null)
        {
            await RecordAsync(db, actor, operation, task, before, note, ct);
        }

        return changes;
    }

    /// <summary>
    /// Appends the history row and the audit entry and announces the change on commit; <paramref name="before"/> is
    /// null for a new task. Nothing happens when nothing changed and there is no note.
    /// </summary>
    public async Task RecordAsync(
        ParGraphDbContext db, TaskActor actor, string operation, PlanTask task, TaskSnapshot? before, string? note, CancellationToken ct)
    {
        var after = TaskSnapshot.Of(task);
        var changes = before is null ? null : TaskSnapshot.Changes(before, after);
        if (before is not null && changes is null && note is null)
        {
            return;
        }

        var caller = new CurrentUser(actor.User);
        task.Updates.Add(new TaskUpdate
        {
            At = actor.At, Subject = caller.Subject, Username = caller.Username, Note = note, Changes = changes,
            Status = before is null || before.Status != after.Status ? after.Status : null,
            Progress = before is null || before.Progress != after.Progress ? after.Progress : null,
        });
        AuditLog.Record(db, actor.User, actor.At, operation, "Task", task.Id == 0 ? null : task.Id.ToString(CultureInfo.InvariantCulture),
            before, after, after.Lead.FirstOrDefault());
        var kind = before is null ? TaskChangeKind.Created : after.Deleted ? TaskChangeKind.Deleted : TaskChangeKind.Updated;
        await events.PublishAsync(db, TaskEvent.Topic, new TaskEvent(kind, task.Id, task.PlanId, [.. after.Lead.Union(after.Coordinating)], actor.At), ct);
    }
}
