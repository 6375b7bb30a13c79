using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.RateLimiting;

/// <summary>
/// Request budgets on the GraphQL endpoint, bound from the <c>RateLimiting</c> section. A request
/// needs a permit from its client's budget (claim <see cref="ClientClaimType"/>, <c>azp</c>: one vendor
/// portal cannot starve the IOC) and from its user's budget (claim <see cref="UserClaimType"/>, <c>sub</c>);
/// anonymous requests share a budget per remote IP address. Refusals answer 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; }

    [Required]
    public RateLimitRule PerUser { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    [Required]
    public RateLimitRule PerClient { get; set; } = new() { PermitLimit = 6000, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Budget of each remote IP address for requests without an authenticated user.</summary>
    [Required]
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    [Required]
    public string ClientClaimType { get; set; } = "azp";

    [Required]
    public string UserClaimType { get; set; } = "sub";
}
