using System.Collections.Concurrent;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Overview;

/// <summary>
/// What one <c>provinceOverview</c> covers: the year, the plans in force then and the caller's <c>where</c>.
/// Its task groupings are computed once per request however many fields ask for them.
/// </summary>
public sealed class OverviewScope(int year, IReadOnlyList<int> planIds, Func<IQueryable<PlanTask>, IQueryable<PlanTask>> where, TaskStatisticsService statistics)
{
    /// <summary>The wall's single-key groupings, read together in one statement and one scan (GROUPING SETS).</summary>
    private static readonly TaskGroupBy[] Together = [TaskGroupBy.Status, TaskGroupBy.Timeliness, TaskGroupBy.Area, TaskGroupBy.Plan];

    private readonly ConcurrentDictionary<TaskGroupBy, Lazy<Task<IReadOnlyList<TaskGroup>>>> groups = new();
    private Lazy<Task<IReadOnlyList<IReadOnlyList<TaskGroup>>>>? together;

    public int Year => year;

    public IReadOnlyList<int> PlanIds => planIds;

    /// <summary>Tasks of the plans in force in the year that match the caller's filter.</summary>
    public IQueryable<PlanTask> Tasks(IQueryable<PlanTask> tasks) => where(tasks).Where(t => planIds.Contains(t.PlanId));

    /// <summary>
    /// One grouping, shared by every field of this request that needs it: status, timeliness, area and plan come
    /// from one statement; lead agency (a task counts once per lead) from its own.
    /// </summary>
    public async Task<IReadOnlyList<TaskGroup>> GroupAsync(TaskGroupBy key, CancellationToken ct)
    {
        if (Array.IndexOf(Together, key) is var index and >= 0)
        {
            Interlocked.CompareExchange(ref together, new(() => statistics.GroupSetsAsync([.. Together.Select(k => new[] { k })], Tasks, ct)), null);
            return (await together.Value)[index];
        }

        return await groups.GetOrAdd(key, k => new Lazy<Task<IReadOnlyList<TaskGroup>>>(() => statistics.GroupAsync([k], Tasks, ct))).Value;
    }
}
