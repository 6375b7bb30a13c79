using GraphQL.Types;

namespace ParGraph.Api.DeadlineAlerts;

public sealed class DeadlineAlertKindEnum : EnumerationGraphType<DeadlineAlertKind>
{
    public DeadlineAlertKindEnum()
    {
        Name = "DeadlineAlertKind";
        Description = "How near or past its due day a task was when the alert was raised.";
    }
}
