using System.Collections.Concurrent;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Overview;

/// <summary>
/// What one <c>provinceOverview</c> covers: the year, the plans in force then and the caller's <c>where</c>.
/// Its task groupings are computed once per request however many fields ask for them.
/// </summary>
public sealed class OverviewScope(int year, IReadOnlyList<int> planIds, Func<IQueryable<PlanTask>, IQueryable<PlanTask>> where, TaskStatisticsService statistics)
{
    private readonly ConcurrentDictionary<TaskGroupBy, Lazy<Task<IReadOnlyList<TaskGroup>>>> groups = new();

    public int Year => year;

    public IReadOnlyList<int> PlanIds => planIds;

    /// <summary>Tasks of the plans in force in the year that match the caller's filter.</summary>
    public IQueryable<PlanTask> Tasks(IQueryable<PlanTask> tasks) => where(tasks).Where(t => planIds.Contains(t.PlanId));

    /// <summary>One grouping (one SQL statement), shared by every field of this request that needs it.</summary>
    public Task<IReadOnlyList<TaskGroup>> GroupAsync(TaskGroupBy key, CancellationToken ct) =>
        groups.GetOrAdd(key, k => new Lazy<Task<IReadOnlyList<TaskGroup>>>(() => statistics.GroupAsync([k], Tasks, ct))).Value;
}
