namespace ParGraph.Api.Tasks;

public enum DeadlineKind
{
    Date,
    Month,
    Quarter,
    HalfYear,
    Year,
    Range,
    Recurring,
    Contingent,
    Unspecified,
}
