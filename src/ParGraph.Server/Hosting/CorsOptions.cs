namespace ParGraph.Server.Hosting;

/// <summary>
/// Browser origins allowed to call the API (agency portals, dashboards), bound from the <c>Cors</c>
/// section, e.g. <c>"Cors": { "AllowedOrigins": [ "https://ioc.khanhhoa.gov.vn" ] }</c>; <c>*</c> allows any.
/// </summary>
public sealed class CorsOptions
{
    public const string SectionName = "Cors";
    public const string PolicyName = "ParGraph";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
