using ParGraph.Api.Kpis;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>An existing KPI the demo data measures.</summary>
public sealed record DemoKpi(int Id, KpiUnit Unit);
