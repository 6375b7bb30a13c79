using ParGraph.Api.Agencies;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Reports;

public sealed class ReportSortInputType : SortInputGraphType<Report>
{
    public ReportSortInputType()
    {
        Name = "ReportSortInput";
        Description = "Sort reports; give several objects in `order` to sort by several keys.";
        Sort("status", r => r.Status, "By status.");
        Sort("createdAt", r => r.CreatedAt, "By when it was opened.");
        Sort("submittedAt", r => r.SubmittedAt, "By when it was last submitted.");
        Sort("decidedAt", r => r.DecidedAt, "By when it was last approved or returned.");
        Nested<AgencySortInputType, Agency>("agency", r => r.Agency!, "By the agency's fields, e.g. `{ agency: { code: ASC } }`.");
        Nested<ReportingPeriodSortInputType, ReportingPeriod>("period", r => r.Period!, "By the period, e.g. `{ period: { end: DESC } }`.");
    }
}
