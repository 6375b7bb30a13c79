using System.Security.Claims;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary><c>setTaskProgress</c>: the lead agency's editors (or the SNV PAR office) move a task along.</summary>
public sealed class TaskProgressService(ProvinceClock clock, TaskChangeRunner changes)
{
    public Task<TaskPayload> SetAsync(SetTaskProgressInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var caller = new CurrentUser(user);
        var note = TaskInputRules.Text(input.Note, TaskInputRules.MaxNoteLength, "input.note");
        if (input.Status is null && input.Progress is null && note is null)
        {
            throw ApiException.Validation("Give a new status, a new progress or a note.", "input");
        }

        if (input.Status == TaskStatus.Cancelled && !caller.IsParAdmin)
        {
            throw ApiException.Forbidden("Only the SNV PAR office (par-admin) may cancel a task.");
        }

        return changes.RunAsync(input.TaskId, input.ExpectedVersion, note, "setTaskProgress", user, (_, task, _) =>
        {
            Authorize(caller, task);
            TaskProgressRules.Apply(task, input.Status, input.Progress, input.CompletedOn, clock.Today, "input");
            return Task.CompletedTask;
        }, ct);
    }

    private static void Authorize(CurrentUser caller, PlanTask task)
    {
        if (caller.IsParAdmin)
        {
            return;
        }

        var leads = task.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Agency!.Code).ToList();
        if (!leads.Any(caller.CanEdit))
        {
            throw ApiException.Forbidden(leads.Count == 0
                ? "This task has no lead agency; only the SNV PAR office (par-admin) may change its progress."
                : $"Only editors of the lead agency ({string.Join(", ", leads)}) or the SNV PAR office may change this task's progress.");
        }

        if (task.Status == TaskStatus.Cancelled)
        {
            throw ApiException.Forbidden("This task was cancelled; only the SNV PAR office (par-admin) may reopen it.");
        }
    }
}
