using System.ComponentModel.DataAnnotations;

namespace ParGraph.Api.DeadlineAlerts;

/// <summary>Section <c>DeadlineAlerts</c>: how often the job looks for tasks near or past their due day.</summary>
public sealed class DeadlineAlertOptions
{
    public const string SectionName = "DeadlineAlerts";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far back a task that went overdue still raises its alert (after downtime); older ones are not news.</summary>
    [Range(0, 366)]
    public int OverdueCatchUpDays { get; set; } = 7;
}
