using GraphQL.Types;

namespace ParGraph.Api.Reports;

/// <summary>Which report to open: agency, year, period and optionally one plan.</summary>
public sealed record OpenReportInput
{
    public string AgencyCode { get; init; } = "";

    public int Year { get; init; }

    public PeriodKind Period { get; init; }

    public string? PlanId { get; init; }
}

public sealed class OpenReportInputType : InputObjectGraphType<OpenReportInput>
{
    public OpenReportInputType()
    {
        Name = "OpenReportInput";
        Description = "The agency, year and period of the report to open, and optionally the one plan it covers.";
        Field(x => x.AgencyCode).Description("Code of the reporting agency (case-insensitive), e.g. `SNV`; you must be one of its editors.");
        Field(x => x.Year).Description("The year, 2000–2100.");
        Field<NonNullGraphType<PeriodKindEnum>>("period").Description("Q1, H1, Q3 or YEAR.");
        Field<IdGraphType>("planId").Description("Global ID of a plan: report on its tasks only. Leave out to report on every plan in force that year.");
    }
}
