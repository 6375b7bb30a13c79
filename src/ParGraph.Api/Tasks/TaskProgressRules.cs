using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary>
/// How status and progress move together, for every path that changes them (setTaskProgress, an approved report):
/// progress is 0–100; NOT_STARTED has 0; COMPLETED has 100 and a completion day; any other status has none.
/// </summary>
public static class TaskProgressRules
{
    /// <param name="field">Input path of the change, for errors, e.g. <c>input</c>.</param>
    public static void Apply(PlanTask task, TaskStatus? status, int? progress, DateOnly? completedOn, DateOnly today, string field)
    {
        if (progress is < 0 or > 100)
        {
            throw ApiException.Validation($"Progress is a percentage from 0 to 100, not {progress}.", $"{field}.progress");
        }

        if (completedOn is not null && (status ?? task.Status) != TaskStatus.Completed)
        {
            throw ApiException.Validation($"A completion day goes with status COMPLETED (the task would be {Name(status ?? task.Status)}).", $"{field}.completedOn");
        }

        if (completedOn > today)
        {
            throw ApiException.Validation($"The completion day {completedOn:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).", $"{field}.completedOn");
        }

        var next = status ?? (task.Status == TaskStatus.NotStarted && progress > 0 ? TaskStatus.InProgress : task.Status);
        var nextProgress = progress ?? next switch
        {
            TaskStatus.Completed => 100,
            TaskStatus.NotStarted => 0,
            _ => task.Progress,
        };
        if (next == TaskStatus.Completed && nextProgress != 100)
        {
            throw ApiException.Validation($"A COMPLETED task has progress 100, not {nextProgress}; to reopen it, set status IN_PROGRESS.", $"{field}.progress");
        }

        if (next == TaskStatus.NotStarted && nextProgress != 0)
        {
            throw ApiException.Validation($"A NOT_STARTED task has progress 0, not {nextProgress}; use IN_PROGRESS.", $"{field}.progress");
        }

        task.CompletedOn = next == TaskStatus.Completed ? completedOn ?? (task.Status == TaskStatus.Completed ? task.CompletedOn : null) ?? today : null;
        (task.Status, task.Progress) = (next, nextProgress);
    }

    private static string Name(TaskStatus status) => GraphQL.StringExtensions.ToConstantCase(status.ToString());
}
