namespace ParGraph.Api.Hosting.Seeds;

/// <summary>What one seed run added: agency codes, plan source files, KPI codes and KPI results (<c>CODE/year</c>).</summary>
public sealed record SeedResult(
    IReadOnlyList<string> Agencies, IReadOnlyList<string> Plans, IReadOnlyList<string> Kpis, IReadOnlyList<string> KpiMeasurements);
