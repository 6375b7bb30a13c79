namespace ParGraph.Api.Tasks;

/// <summary>One change to a task: who, when, what and why.</summary>
public sealed class TaskUpdate
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Subject { get; set; }

    public string? Username { get; set; }

    public TaskStatus? Status { get; set; }

    public int? Progress { get; set; }

    public string? Note { get; set; }

    /// <summary>JSON object of the changed fields: <c>{ "field": [before, after] }</c>.</summary>
    public string? Changes { get; set; }
}
