using ParGraph.Server.Events;

namespace ParGraph.Api.Kpis;

/// <summary>The <c>kpi</c> topic: a measurement was recorded (ids only; subscribers load the rest).</summary>
public sealed record KpiMeasurementEvent(long MeasurementId, string KpiCode, string? AgencyCode)
{
    public const string Topic = "kpi";

    public static KpiMeasurementEvent? Read(ServerEvent serverEvent) =>
        serverEvent.IsResync ? null : serverEvent.Payload<KpiMeasurementEvent>();
}
