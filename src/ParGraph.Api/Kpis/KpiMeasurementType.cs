using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Kpis;

public sealed class KpiMeasurementType : ObjectGraphType<KpiMeasurement>
{
    public KpiMeasurementType()
    {
        Name = "KpiMeasurement";
        Description = "A measured value of a KPI, province-wide or for one agency, with its source.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("ID of the measurement within this API.").Resolve(c => c.Source.Id);
        Field(m => m.On).Description("The day (or end of the period) the value is for.");
        Field(m => m.Value).Description("The value, in the KPI's unit.");
        Field(m => m.Rank, nullable: true).Description("Rank, for indices (1 is best).");
        Field(m => m.RankOutOf, nullable: true).Description("Number of provinces or agencies ranked.");
        Field<AgencyType>("agency").Description("The agency measured; null for a province-wide value.")
            .Resolve(c => c.Source.AgencyId is { } id ? c.Load(AgencyLoaders.AgencyById, id) : null);
        Field(m => m.Source, nullable: true).Description("Where the value comes from (a URL or document).");
        Field(m => m.Note, nullable: true).Description("A remark on the value, e.g. how it was ranked or derived.");
    }
}
