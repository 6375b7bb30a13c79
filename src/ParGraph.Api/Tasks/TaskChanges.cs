using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

/// <summary>Which task a mutation changes, at which version, as whom, under which rule of <see cref="TaskAccess"/>.</summary>
public sealed record TaskChangeRequest(
    string TaskId, int ExpectedVersion, string Operation, string? Note, ClaimsPrincipal? User, Action<CurrentUser, PlanTask> Authorize);

/// <summary>
/// Every mutation of an existing task, top to bottom (docs/architecture.md, "The walk of a mutation"):
/// <list type="number">
/// <item>decode the task's global ID;</item>
/// <item>open one transaction (<see cref="TransactionalMutationExtensions.MutateAsync"/>);</item>
/// <item>load the task with its plan and assignments at the version the caller read (<c>CONFLICT</c> otherwise);</item>
/// <item>authorize the caller for this task (<see cref="TaskAccess"/>);</item>
/// <item>apply the change, which checks its own rules (<see cref="TaskProgressRules"/>, <see cref="TaskInputRules"/>);</item>
/// <item>record it (<see cref="TaskHistory"/>: history row, audit entry, <c>taskChanged</c> on commit);</item>
/// <item>save and commit — or write nothing when any step throws.</item>
/// </list>
/// Changes made inside another unit of work (report approval, agency merger) join at step 5 through <see cref="TaskHistory.ChangeAsync"/>.
/// </summary>
public sealed class TaskChanges(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, TaskHistory history)
{
    public const string ConcurrentChange = "The task was changed by someone else at the same moment; reload it and apply your change again.";

    public Task<TaskPayload> RunAsync(
        TaskChangeRequest request, Func<ParGraphDbContext, PlanTask, CancellationToken, Task> change, CancellationToken ct)
    {
        var id = DecodeTaskId(request.TaskId);
        return factory.MutateAsync<ParGraphDbContext, TaskPayload>(async (db, ct) =>
        {
            var task = await LoadAsync(db, id, request.ExpectedVersion, ct);
            request.Authorize(new CurrentUser(request.User), task);
            var before = TaskSnapshot.Of(task);
            await change(db, task, ct);
            await history.RecordAsync(db, new TaskActor(request.User, clock.UtcNow), request.Operation, task, before, request.Note, ct);
            return new TaskPayload(task);
        }, ConcurrentChange, ct);
    }

    public static int DecodeTaskId(string id) => GlobalId.DecodeInt32(id, "Task", "input.taskId");

    private static async Task<PlanTask> LoadAsync(ParGraphDbContext db, int taskId, int expectedVersion, CancellationToken ct)
    {
        var task = await db.Tasks.Include(t => t.Plan).Include(t => t.Assignments).ThenInclude(a => a.Agency)
            .FirstOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw ApiException.NotFound($"There is no task with ID {GlobalId.Encode("Task", taskId)} (or it was deleted).",
                new Dictionary<string, object?> { ["field"] = "input.taskId" });
        RowVersion.Require(task.Version, expectedVersion, $"Task {task.Number ?? task.Id.ToString(CultureInfo.InvariantCulture)} (\"{Abbreviate(task.Title)}\")");
        return task;
    }

    private static string Abbreviate(string? title) =>
        title is null ? "" : title.Length <= 60 ? title : string.Concat(title.AsSpan(0, 57), "…");
}
