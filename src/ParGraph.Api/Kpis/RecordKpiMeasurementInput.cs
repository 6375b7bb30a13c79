using GraphQL.Types;

namespace ParGraph.Api.Kpis;

/// <summary>A measured value of a KPI, province-wide or for one agency.</summary>
public sealed record RecordKpiMeasurementInput
{
    public string KpiCode { get; init; } = "";

    public DateOnly On { get; init; }

    public double Value { get; init; }

    public string? AgencyCode { get; init; }

    public int? Rank { get; init; }

    public int? RankOutOf { get; init; }

    public string Source { get; init; } = "";

    public string? Note { get; init; }
}

public sealed class RecordKpiMeasurementInputType : InputObjectGraphType<RecordKpiMeasurementInput>
{
    public RecordKpiMeasurementInputType()
    {
        Name = "RecordKpiMeasurementInput";
        Description = "A measured value of a KPI: province-wide (SNV PAR office) or for one agency (its editors too).";
        Field(x => x.KpiCode).Description("Code of the KPI (case-insensitive), e.g. `SIPAS`.");
        Field(x => x.On).Description("The day (or end of the period) the value is for; not in the future.");
        Field(x => x.Value).Description("The value, in the KPI's unit (0–100 for a percentage).");
        Field(x => x.AgencyCode, nullable: true).Description("Code of the agency measured; leave out for a province-wide value.");
        Field(x => x.Rank, nullable: true).Description("Rank (1 is best); needs `rankOutOf`.");
        Field(x => x.RankOutOf, nullable: true).Description("Number of provinces or agencies ranked; at least `rank`.");
        Field(x => x.Source).Description("Where the value comes from: a document, or an absolute http(s) URL (at most 500 characters).");
        Field(x => x.Note, nullable: true).Description("A remark on the value (at most 2000 characters).");
    }
}
