using ParGraph.Api.Plans;

namespace ParGraph.Api.Tasks;

/// <summary>One group of <c>taskStatistics</c>: its keys (null for keys not grouped by) and its counts.</summary>
public sealed record TaskGroup(
    TaskStatus? Status,
    Timeliness? Timeliness,
    int? LeadAgencyId,
    ReformArea? Area,
    int? PlanId,
    int? DueYear,
    int? DueQuarter,
    int Count,
    int Overdue,
    int CompletedOnTime,
    int Completed)
{
    public double CompletionRate => Count == 0 ? 0 : (double)Completed / Count;
}
