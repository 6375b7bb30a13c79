using ParGraph.Api.Identity;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary>
/// Who may change which task, beside <see cref="Reports.ReportAccess"/>. The mutation field declares who may call
/// it at all (roles or <see cref="ParGraphPolicies"/>); these rules decide for the one task loaded, in
/// <see cref="TaskChanges"/>, before anything is changed.
/// </summary>
public static class TaskAccess
{
    /// <summary>For mutations the field already restricts to the SNV PAR office: every task is theirs.</summary>
    public static void AnyTaskOfTheField(CurrentUser caller, PlanTask task)
    {
    }

    /// <summary><c>setTaskProgress</c>: editors of a direct lead agency or the SNV PAR office; cancelled tasks only the office.</summary>
    public static void MaySetProgress(CurrentUser caller, PlanTask task)
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

    /// <summary>Only the SNV PAR office cancels a task.</summary>
    public static void RequireMayCancel(CurrentUser caller, TaskStatus? status)
    {
        if (status == TaskStatus.Cancelled && !caller.IsParAdmin)
        {
            throw ApiException.Forbidden("Only the SNV PAR office (par-admin) may cancel a task.");
        }
    }
}
