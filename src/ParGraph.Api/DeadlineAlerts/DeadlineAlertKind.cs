using System.ComponentModel;

namespace ParGraph.Api.DeadlineAlerts;

public enum DeadlineAlertKind
{
    [Description("Due within 7 days.")]
    DueIn7Days,

    [Description("Due within 3 days.")]
    DueIn3Days,

    [Description("Due tomorrow or today.")]
    DueIn1Day,

    [Description("Past its due day and not completed.")]
    Overdue,
}
