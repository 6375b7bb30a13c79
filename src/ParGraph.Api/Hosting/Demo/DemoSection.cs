using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>A generated section of a demo plan (one reform area).</summary>
public sealed record DemoSection(int Id, int PlanId, string Code, string Title, ReformArea Area, int Position);
