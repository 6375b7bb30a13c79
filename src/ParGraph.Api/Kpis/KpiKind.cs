using System.ComponentModel;

namespace ParGraph.Api.Kpis;

public enum KpiKind
{
    [Description("An indicator the province's own plans set targets for (chỉ tiêu).")]
    Indicator,

    [Description("A national index the province is ranked by (PAR Index, SIPAS, PAPI, PCI, DTI).")]
    Index,
}
