using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Api.Reports;

namespace ParGraph.Api.Overview;

public sealed class PeriodSubmissionType : ObjectGraphType<PeriodSubmission>
{
    public PeriodSubmissionType()
    {
        Name = "PeriodSubmission";
        Description = "Report submission for one reporting period: each agency that has tasks in the plans in force, and the totals.";
        Field<NonNullGraphType<ReportingPeriodType>>("period").Description("The reporting period.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("onTime").Description("Agencies that submitted by the due date.").Resolve(c => c.Source.Count(SubmissionStatus.OnTime));
        Field<NonNullGraphType<IntGraphType>>("late").Description("Agencies that submitted after the due date.").Resolve(c => c.Source.Count(SubmissionStatus.Late));
        Field<NonNullGraphType<IntGraphType>>("missing").Description("Agencies that have not submitted though the due date has passed.").Resolve(c => c.Source.Count(SubmissionStatus.Missing));
        Field<NonNullGraphType<IntGraphType>>("pending").Description("Agencies that have not submitted and are not late yet.").Resolve(c => c.Source.Count(SubmissionStatus.Pending));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencySubmissionType>>>>("agencies").Description("Each agency, by code.").Resolve(c => c.Source.Agencies);
    }
}

public sealed class AgencySubmissionType : ObjectGraphType<AgencySubmission>
{
    public AgencySubmissionType()
    {
        Name = "AgencySubmission";
        Description = "One agency's report for a period.";
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.Source.Agency);
        Field<NonNullGraphType<SubmissionStatusEnum>>("status").Description("On time, late, missing or pending.").Resolve(c => c.Source.Status);
        Field(s => s.SubmittedAt, nullable: true).Description("When the report was (first on time, else first) submitted.");
    }
}
