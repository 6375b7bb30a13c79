using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Events;

namespace ParGraph.Api.DeadlineAlerts;

/// <summary>The <c>deadline</c> topic: an alert was raised (ids and codes only).</summary>
public sealed record DeadlineAlertEvent(long AlertId, int TaskId, IReadOnlyList<string> Agencies)
{
    public const string Topic = "deadline";

    public static DeadlineAlertEvent? Read(ServerEvent serverEvent) =>
        serverEvent.IsResync ? null : JsonSerializer.Deserialize<DeadlineAlertEvent>(serverEvent.Data);

    public Task PublishAsync(EventPublisher events, DbContext db, CancellationToken ct) =>
        events.PublishAsync(db, new ServerEvent(Topic, JsonSerializer.Serialize(this)), ct);
}
