using System.ComponentModel;

namespace ParGraph.Api.Kpis;

public enum AttainmentStatus
{
    [Description("The latest value meets the target in force.")]
    Met,

    [Description("The value of the target's own year misses the target.")]
    NotMet,

    [Description("The target is not settled yet (a later milestone, or the target year has no value yet) and the latest value does not meet it.")]
    AtRisk,

    [Description("There is no province-wide value in or before the year.")]
    NoData,
}
