using GraphQL.Types;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Kpis;

/// <summary>Creates the KPI with <see cref="Code"/>, or replaces its definition.</summary>
public sealed record DefineKpiInput
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public KpiUnit Unit { get; init; }

    public KpiDirection Direction { get; init; }

    public KpiKind Kind { get; init; }

    public ReformArea? Area { get; init; }

    public IReadOnlyList<string>? Indicators { get; init; }
}

public sealed class DefineKpiInputType : InputObjectGraphType<DefineKpiInput>
{
    public DefineKpiInputType()
    {
        Name = "DefineKpiInput";
        Description = "A KPI to create, or the new definition of the KPI with this code.";
        Field(x => x.Code).Description("Code: upper-case ASCII letters and digits, parts joined by '-', at most 64 characters, e.g. `SIPAS`, `PAR-INDEX`.");
        Field(x => x.Name).Description("What is measured, in Vietnamese as the plans word it (at most 512 characters).");
        Field(x => x.Description, nullable: true).Description("More about the indicator (at most 4000 characters).");
        Field<NonNullGraphType<KpiUnitEnum>>("unit").Description("Unit of the values.");
        Field<NonNullGraphType<KpiDirectionEnum>>("direction").Description("Whether higher or lower is better.");
        Field<NonNullGraphType<KpiKindEnum>>("kind").Description("Indicator or national index.");
        Field<ReformAreaEnum>("area").Description("The reform area the KPI belongs to, if any.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators")
            .Description("How the plans word the indicator besides `name` (imports attach targets so worded to this KPI); replaces the list when given, keeps it when left out.");
    }
}
