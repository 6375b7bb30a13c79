using System.ComponentModel;

namespace ParGraph.Api.Plans;

public enum PlanStatus
{
    [Description("Being prepared; not yet in force.")]
    Draft,

    [Description("In force; its tasks are being carried out.")]
    Active,

    [Description("Its period has ended.")]
    Closed,
}
