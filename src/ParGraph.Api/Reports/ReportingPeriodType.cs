using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class ReportingPeriodType : ObjectGraphType<ReportingPeriod>
{
    public ReportingPeriodType()
    {
        Name = "ReportingPeriod";
        Description = "A reporting period: a year and Q1, H1 (6 tháng), Q3 (9 tháng) or YEAR, with its first and last day and the day reports are due.";
        Field(p => p.Year).Description("The year.");
        Field<NonNullGraphType<PeriodKindEnum>>("kind").Description("Which period of the year.").Resolve(c => c.Source.Kind);
        Field(p => p.Start).Description("First day the period covers.");
        Field(p => p.End).Description("Last day the period covers.");
        Field(p => p.Due).Description("Day by which agencies must submit; a later submission is flagged `submittedLate`.");
    }
}
