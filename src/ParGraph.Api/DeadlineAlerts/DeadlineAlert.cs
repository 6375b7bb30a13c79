using ParGraph.Api.Tasks;

namespace ParGraph.Api.DeadlineAlerts;

/// <summary>A task that came within 7, 3 or 1 days of its due day, or passed it, recorded once per due day.</summary>
public sealed class DeadlineAlert
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public DeadlineAlertKind Kind { get; set; }

    /// <summary>The due day the alert is about; a moved deadline gets alerts of its own.</summary>
    public DateOnly DueOn { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
}
