namespace ParGraph.Api.Tasks;

/// <summary>Derives <see cref="Timeliness"/> from deadline, status and completion date.</summary>
public static class TimelinessRules
{
    public const int DueSoonDays = 7;

    public static Timeliness Evaluate(PlanTask task, DateOnly today)
    {
        var due = task.Deadline.Due;
        return task.Status switch
        {
            TaskStatus.Cancelled => Timeliness.NoDeadline,
            _ when due is null => Timeliness.NoDeadline,
            TaskStatus.Completed => (task.CompletedOn ?? today) <= due ? Timeliness.CompletedOnTime : Timeliness.CompletedLate,
            _ when today > due => Timeliness.Overdue,
            _ when today.AddDays(DueSoonDays) >= due => Timeliness.DueSoon,
            _ => Timeliness.OnTrack,
        };
    }
}
