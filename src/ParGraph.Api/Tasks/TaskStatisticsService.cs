using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Tasks;

/// <summary>
/// Grouped task counts in one SQL statement. Timeliness is computed in SQL with the same rules as
/// <see cref="TimelinessRules"/> (a test holds the two together).
/// </summary>
public sealed class TaskStatisticsService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock)
{
    /// <param name="filter">Narrows the tasks counted (the <c>where</c> of <c>tasks</c>), or null for all.</param>
    public async Task<IReadOnlyList<TaskGroup>> GroupAsync(
        IReadOnlyCollection<TaskGroupBy> groupBy, Func<IQueryable<PlanTask>, IQueryable<PlanTask>> filter, CancellationToken ct)
    {
        var (today, soon) = (clock.Today, clock.Today.AddDays(TimelinessRules.DueSoonDays));
        var (byStatus, byTimeliness, byLead, byArea, byPlan, byYear, byQuarter) = (
            groupBy.Contains(TaskGroupBy.Status), groupBy.Contains(TaskGroupBy.Timeliness), groupBy.Contains(TaskGroupBy.LeadAgency),
            groupBy.Contains(TaskGroupBy.Area), groupBy.Contains(TaskGroupBy.Plan), groupBy.Contains(TaskGroupBy.DueYear),
            groupBy.Contains(TaskGroupBy.DueQuarter));

        await using var db = await factory.CreateDbContextAsync(ct);
        var tasks = filter(db.Tasks.AsNoTracking());
        var facts = byLead
            ? db.TaskAssignments.Where(a => a.Role == AssignmentRole.Lead && tasks.Select(t => t.Id).Contains(a.TaskId)).Select(a => new TaskFact
            {
                Status = a.Task!.Status, Due = a.Task.Deadline.Due, CompletedOn = a.Task.CompletedOn, LeadId = a.AgencyId,
                Area = a.Task.Section != null ? a.Task.Section.Area : null, PlanId = a.Task.PlanId,
            })
            : tasks.Select(t => new TaskFact
            {
                Status = t.Status, Due = t.Deadline.Due, CompletedOn = t.CompletedOn, LeadId = null,
                Area = t.Section != null ? t.Section.Area : null, PlanId = t.PlanId,
            });
        var groups = await facts
            .GroupBy(f => new
            {
                Status = byStatus ? (TaskStatus?)f.Status : null,
                Timeliness = byTimeliness
                    ? (Timeliness?)(f.Status == TaskStatus.Cancelled || f.Due == null ? Timeliness.NoDeadline
                        : f.Status == TaskStatus.Completed
                            ? ((f.CompletedOn ?? today) <= f.Due ? Timeliness.CompletedOnTime : Timeliness.CompletedLate)
                        : today > f.Due ? Timeliness.Overdue
                        : soon >= f.Due ? Timeliness.DueSoon
                        : Timeliness.OnTrack)
                    : null,
                LeadId = byLead ? f.LeadId : null,
                Area = byArea ? f.Area : null,
                PlanId = byPlan ? (int?)f.PlanId : null,
                DueYear = byYear && f.Due != null ? (int?)f.Due.Value.Year : null,
                DueQuarter = byQuarter && f.Due != null ? (int?)((f.Due.Value.Month + 2) / 3) : null,
            })
            .Select(g => new TaskGroup(
                g.Key.Status, g.Key.Timeliness, g.Key.LeadId, g.Key.Area, g.Key.PlanId, g.Key.DueYear, g.Key.DueQuarter,
                g.Count(),
                g.Sum(f => f.Status != TaskStatus.Completed && f.Status != TaskStatus.Cancelled && f.Due != null && today > f.Due ? 1 : 0),
                g.Sum(f => f.Status == TaskStatus.Completed && f.Due != null && (f.CompletedOn ?? today) <= f.Due ? 1 : 0),
                g.Sum(f => f.Status == TaskStatus.Completed ? 1 : 0)))
            .ToListAsync(ct);
        return [.. groups.OrderBy(g => g.Status).ThenBy(g => g.Timeliness).ThenBy(g => g.LeadAgencyId).ThenBy(g => g.Area)
            .ThenBy(g => g.PlanId).ThenBy(g => g.DueYear).ThenBy(g => g.DueQuarter)];
    }

    /// <summary>The columns statistics need, one row per task (per lead agency when grouping by it).</summary>
    private sealed class TaskFact
    {
        public TaskStatus Status { get; init; }

        public DateOnly? Due { get; init; }

        public DateOnly? CompletedOn { get; init; }

        public int? LeadId { get; init; }

        public ReformArea? Area { get; init; }

        public int PlanId { get; init; }
    }
}
