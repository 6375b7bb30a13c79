namespace ParGraph.Api.Plans;

/// <summary>The status a plan read from a document starts with.</summary>
public static class PlanStatusRules
{
    /// <summary>Closed once its period has ended, else active.</summary>
    public static PlanStatus ForPeriod(DateOnly? periodEnd, DateOnly today) =>
        periodEnd < today ? PlanStatus.Closed : PlanStatus.Active;
}
