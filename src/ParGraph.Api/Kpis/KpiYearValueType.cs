using GraphQL.Types;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

public sealed class KpiYearValueType : ObjectGraphType<KpiYearValue>
{
    public KpiYearValueType()
    {
        Name = "KpiYearValue";
        Description = "A KPI's province-wide value for one year: the latest measurement dated in that year.";
        Field(v => v.Year).Description("The year.");
        Field<NonNullGraphType<IsoDateGraphType>>("on").Description("The day of the measurement.").Resolve(c => c.Source.Measurement.On);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value, in the KPI's unit.").Resolve(c => c.Source.Measurement.Value);
        Field<IntGraphType>("rank").Description("Rank, for indices (1 is best).").Resolve(c => c.Source.Measurement.Rank);
        Field<IntGraphType>("rankOutOf").Description("Number of provinces or agencies ranked.").Resolve(c => c.Source.Measurement.RankOutOf);
        Field<StringGraphType>("source").Description("Where the value comes from (a URL or document).").Resolve(c => c.Source.Measurement.Source);
        Field<StringGraphType>("note").Description("A remark on the value, e.g. how it was ranked.").Resolve(c => c.Source.Measurement.Note);
    }
}
