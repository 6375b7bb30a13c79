using System.ComponentModel;

namespace ParGraph.Api.Kpis;

public enum KpiDirection
{
    [Description("A higher value is better (e.g. satisfaction).")]
    HigherIsBetter,

    [Description("A lower value is better (e.g. late dossiers, a rank).")]
    LowerIsBetter,
}
