using System.Linq.Expressions;

namespace ParGraph.Api.Tasks;

public static class TaskQueryableExtensions
{
    /// <summary>The ids of a task's lead agencies: the relation <c>Agency.leadTasks</c> pages through.</summary>
    public static readonly Expression<Func<PlanTask, IEnumerable<int>>> LeadAgencyIds =
        t => t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.AgencyId);

    /// <summary>The ids of a task's coordinating agencies: the relation <c>Agency.coordinatingTasks</c> pages through.</summary>
    public static readonly Expression<Func<PlanTask, IEnumerable<int>>> CoordinatingAgencyIds =
        t => t.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.AgencyId);

    public static IQueryable<PlanTask> LedBy(this IQueryable<PlanTask> tasks, int agencyId) =>
        tasks.Where(t => t.Assignments.Any(a => a.AgencyId == agencyId && a.Role == AssignmentRole.Lead));
}
