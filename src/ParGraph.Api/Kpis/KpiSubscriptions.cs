using GraphQL;
using GraphQL.Types;
using ParGraph.Server.Batching;
using ParGraph.Server.Events;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

public sealed class KpiSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<KpiMeasurementType>, KpiMeasurement>("kpiMeasured")
            .Description("Every measurement recorded from now on, on whichever server; narrowed to one KPI by its code.")
            .Argument<StringGraphType>("kpiCode", "Only measurements of this KPI (case-insensitive).")
            .ResolveEvents(KpiMeasurementEvent.Topic, async (context, serverEvent, ct) =>
            {
                var code = context.GetArgument<string?>("kpiCode")?.Trim().ToUpperInvariant();
                return KpiMeasurementEvent.Read(serverEvent) is { } measured && (code is null || measured.KpiCode == code)
                    ? await context.Load(KpiLoaders.MeasurementById, measured.MeasurementId).GetResultAsync(ct)
                    : null;
            });
}
