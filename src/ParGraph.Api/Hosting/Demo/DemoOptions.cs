namespace ParGraph.Api.Hosting.Demo;

/// <summary><c>seed-demo</c>'s options: how many tasks, over how many years (ending this year), and the random seed.</summary>
public sealed record DemoOptions(int Tasks, int Years = 10, int Seed = 1);
