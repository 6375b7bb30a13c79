namespace ParGraph.Api.Tasks;

public static class TaskQueryableExtensions
{
    public static IQueryable<PlanTask> LedBy(this IQueryable<PlanTask> tasks, int agencyId) =>
        tasks.Where(t => t.Assignments.Any(a => a.AgencyId == agencyId && a.Role == AssignmentRole.Lead));

    public static IQueryable<PlanTask> CoordinatedBy(this IQueryable<PlanTask> tasks, int agencyId) =>
        tasks.Where(t => t.Assignments.Any(a => a.AgencyId == agencyId && a.Role == AssignmentRole.Coordinating));
}
