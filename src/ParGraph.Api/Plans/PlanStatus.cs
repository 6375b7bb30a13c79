namespace ParGraph.Api.Plans;

public enum PlanStatus
{
    Draft,
    Active,
    Closed,
}
