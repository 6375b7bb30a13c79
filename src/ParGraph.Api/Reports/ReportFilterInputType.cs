using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Reports;

public sealed class ReportFilterInputType : FilterInputGraphType<Report>
{
    public ReportFilterInputType()
    {
        Configure("ReportFilterInput", "Conditions on a report; fields combine with AND, `or` gives alternatives.");
        Filter<EnumOperationFilterInputType<ReportStatusEnum>, ReportStatus>("status", r => r.Status, "Where the report stands.");
        Filter<BooleanOperationFilterInputType, bool>("submittedLate", r => r.SubmittedLate, "Whether the last submission was late.");
        Filter<DateTimeOperationFilterInputType, DateTimeOffset?>("submittedAt", r => r.SubmittedAt, "When it was last submitted.");
        Filter<DateTimeOperationFilterInputType, DateTimeOffset?>("decidedAt", r => r.DecidedAt, "When it was last approved or returned.");
        Nested<AgencyFilterInputType, Agency>("agency", r => r.Agency!, "The reporting agency, e.g. `{ agency: { code: { eq: \"SNV\" } } }`.");
        Nested<ReportingPeriodFilterInputType, ReportingPeriod>("period", r => r.Period!, "The period, e.g. `{ period: { year: { eq: 2024 }, kind: { eq: Q1 } } }`.");
        Nested<PlanFilterInputType, Plan>("plan", r => r.Plan!, "The plan reported on.");
    }
}
