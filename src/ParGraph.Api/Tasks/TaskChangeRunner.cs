using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;

namespace ParGraph.Api.Tasks;

/// <summary>
/// Every mutation of an existing task: in one transaction, load it at the version the caller read, let the
/// mutation change it, then record the change (history row, audit entry, <c>taskChanged</c> on commit).
/// </summary>
public sealed class TaskChangeRunner(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, EventPublisher events)
{
    public const string ConcurrentChange = "The task was changed by someone else at the same moment; reload it and apply your change again.";

    /// <param name="change">Checks and applies the change to the tracked task (its assignments and plan loaded).</param>
    public Task<TaskPayload> RunAsync(
        string taskId, int expectedVersion, string? note, string operation, ClaimsPrincipal? user,
        Func<ParGraphDbContext, PlanTask, CancellationToken, Task> change, CancellationToken ct)
    {
        var id = TaskChanges.DecodeTaskId(taskId);
        return factory.MutateAsync<ParGraphDbContext, TaskPayload>(async (db, ct) =>
        {
            var task = await TaskChanges.LoadAsync(db, id, expectedVersion, ct);
            var before = TaskSnapshot.Of(task);
            await change(db, task, ct);
            await TaskChanges.RecordAsync(db, events, user, clock.UtcNow, operation, task, before, note, ct);
            return new TaskPayload(task);
        }, ConcurrentChange, ct);
    }
}
