using ParGraph.Server.Filtering;

namespace ParGraph.Api.Reports;

public sealed class ReportingPeriodFilterInputType : FilterInputGraphType<ReportingPeriod>
{
    public ReportingPeriodFilterInputType()
    {
        Configure("ReportingPeriodFilterInput", "Conditions on a reporting period.");
        Filter<IntOperationFilterInputType, int>("year", p => p.Year, "The year.");
        Filter<EnumOperationFilterInputType<PeriodKindEnum>, PeriodKind>("kind", p => p.Kind, "Which period of the year.");
        Filter<DateOperationFilterInputType, DateOnly>("due", p => p.Due, "The due date.");
    }
}
