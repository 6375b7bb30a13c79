using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Events;

namespace ParGraph.Api.Kpis;

/// <summary>The <c>kpi</c> topic: a measurement was recorded (ids only; subscribers load the rest).</summary>
public sealed record KpiMeasuredEvent(long MeasurementId, string KpiCode, string? AgencyCode)
{
    public const string Topic = "kpi";

    public static KpiMeasuredEvent? Read(ServerEvent serverEvent) =>
        serverEvent.IsResync ? null : JsonSerializer.Deserialize<KpiMeasuredEvent>(serverEvent.Data);

    /// <summary>Announces the measurement when the mutation's transaction commits.</summary>
    public Task PublishAsync(EventPublisher events, DbContext db, CancellationToken ct) =>
        events.PublishAsync(db, new ServerEvent(Topic, JsonSerializer.Serialize(this)), ct);
}
