namespace ParGraph.Api.Hosting.Demo;

/// <summary>A generated province-wide KPI measurement (source <c>demo</c>).</summary>
public sealed record DemoMeasurement(int KpiId, DateOnly On, double Value, int? Rank, int? RankOutOf);
