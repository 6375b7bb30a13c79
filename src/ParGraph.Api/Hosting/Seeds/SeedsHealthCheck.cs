using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ParGraph.Api.Hosting.Seeds;

public sealed class SeedsHealthCheck(SeedState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Loaded is null
            ? HealthCheckResult.Unhealthy("Seeds are not loaded yet.")
            : HealthCheckResult.Healthy("Seeds loaded."));
}
