using System.Security.Claims;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary><c>setTaskProgress</c>: the lead agency's editors (or the SNV PAR office) move a task along.</summary>
public sealed class TaskProgressService(ProvinceClock clock, TaskChanges changes)
{
    public Task<TaskPayload> SetAsync(SetTaskProgressInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var note = TaskInputRules.Text(input.Note, TaskInputRules.MaxNoteLength, "input.note");
        if (input.Status is null && input.Progress is null && note is null)
        {
            throw ApiException.Validation("Give a new status, a new progress or a note.", "input");
        }

        TaskAccess.RequireMayCancel(new CurrentUser(user), input.Status);
        var request = new TaskChangeRequest(input.TaskId, input.ExpectedVersion, "setTaskProgress", note, user, TaskAccess.MaySetProgress);
        return changes.RunAsync(request, (_, task, _) =>
        {
            TaskProgressRules.Apply(task, input.Status, input.Progress, input.CompletedOn, clock.Today, "input");
            return Task.CompletedTask;
        }, ct);
    }
}
