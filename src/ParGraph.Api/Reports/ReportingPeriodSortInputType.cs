using ParGraph.Server.Sorting;

namespace ParGraph.Api.Reports;

public sealed class ReportingPeriodSortInputType : SortInputGraphType<ReportingPeriod>
{
    public ReportingPeriodSortInputType()
    {
        Name = "ReportingPeriodSortInput";
        Description = "Sort by a reporting period.";
        Sort("year", p => p.Year, "By year.");
        Sort("end", p => p.End, "By the last day of the period (Q1 before H1 before Q3 before YEAR within a year).");
        Sort("due", p => p.Due, "By due date.");
    }
}
