namespace ParGraph.Api.Plans;

public enum PlanKind
{
    Programme,
    AnnualPlan,
    ThematicPlan,
    Framework,
}
