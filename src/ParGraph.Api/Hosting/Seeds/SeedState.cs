namespace ParGraph.Api.Hosting.Seeds;

/// <summary>Whether this process has loaded the seeds (for <c>/health/ready</c>).</summary>
public sealed class SeedState
{
    public SeedResult? Loaded { get; set; }
}
