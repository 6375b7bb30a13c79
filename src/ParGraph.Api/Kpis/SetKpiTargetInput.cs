using GraphQL.Types;

namespace ParGraph.Api.Kpis;

/// <summary>Sets the target of a KPI for one year, replacing the year's target if there is one.</summary>
public sealed record SetKpiTargetInput
{
    public string KpiCode { get; init; } = "";

    public int Year { get; init; }

    public Comparator Comparator { get; init; }

    public double Value { get; init; }

    public string? Text { get; init; }

    public string? PlanId { get; init; }
}

public sealed class SetKpiTargetInputType : InputObjectGraphType<SetKpiTargetInput>
{
    public SetKpiTargetInputType()
    {
        Name = "SetKpiTargetInput";
        Description = "The target of a KPI for one year; it replaces the year's target if there is one.";
        Field(x => x.KpiCode).Description("Code of the KPI (case-insensitive), e.g. `SIPAS`.");
        Field(x => x.Year).Description("The year the target is for (2000–2100).");
        Field<NonNullGraphType<ComparatorEnum>>("comparator").Description("How the measured value must compare with `value`.");
        Field(x => x.Value).Description("The target value, in the KPI's unit (0–100 for a percentage).");
        Field(x => x.Text, nullable: true).Description("The target as the plan words it (at most 1000 characters).");
        Field<IdGraphType>("planId").Description("Global ID of the plan that sets the target.");
    }
}
