using ParGraph.Server.Events;

namespace ParGraph.Api.DeadlineAlerts;

/// <summary>The <c>deadline</c> topic: an alert was raised (ids and codes only).</summary>
public sealed record DeadlineAlertEvent(long AlertId, int TaskId, IReadOnlyList<string> Agencies)
{
    public const string Topic = "deadline";

    public static DeadlineAlertEvent? Read(ServerEvent serverEvent) =>
        serverEvent.IsResync ? null : serverEvent.Payload<DeadlineAlertEvent>();
}
