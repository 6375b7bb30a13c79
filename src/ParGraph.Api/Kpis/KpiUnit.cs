using System.ComponentModel;

namespace ParGraph.Api.Kpis;

public enum KpiUnit
{
    [Description("A percentage, 0–100.")]
    Percent,

    [Description("A number of things (dossiers, procedures…).")]
    Count,

    [Description("Index points (e.g. PAPI on its own scale).")]
    Score,

    [Description("A position in a ranking (1 is best).")]
    Rank,
}
