namespace ParGraph.Api.Kpis;

public enum KpiKind
{
    /// <summary>A target set by the province's own plans.</summary>
    Indicator,

    /// <summary>A national index the province is ranked by (PAR Index, SIPAS, PAPI, PCI, DTI).</summary>
    Index,
}
