using GraphQL.Types;

namespace ParGraph.Api.Kpis;

public sealed record RecordKpiMeasurementPayload(KpiMeasurement Measurement, Kpi Kpi);

public sealed class RecordKpiMeasurementPayloadType : ObjectGraphType<RecordKpiMeasurementPayload>
{
    public RecordKpiMeasurementPayloadType()
    {
        Name = "RecordKpiMeasurementPayload";
        Description = "The measurement recorded, and its KPI.";
        Field<NonNullGraphType<KpiMeasurementType>>("measurement").Description("The measurement as stored.").Resolve(c => c.Source.Measurement);
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI measured.").Resolve(c => c.Source.Kpi);
    }
}
