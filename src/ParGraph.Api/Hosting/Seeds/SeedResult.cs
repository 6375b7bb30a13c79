namespace ParGraph.Api.Hosting.Seeds;

/// <summary>What one seed run added: agency codes and plan source files.</summary>
public sealed record SeedResult(IReadOnlyList<string> Agencies, IReadOnlyList<string> Plans);
