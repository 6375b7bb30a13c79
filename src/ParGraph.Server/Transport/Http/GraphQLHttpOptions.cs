using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Transport.Http;

/// <summary>GraphQL over HTTP settings, bound from the <c>GraphQLHttp</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQLHttp";

    /// <summary>The endpoint path; the IDE and (later) WebSocket and SSE share it.</summary>
    [Required, RegularExpression("^/[A-Za-z0-9/_.-]*[A-Za-z0-9_.-]$", ErrorMessage = "Path must start with '/' and not end with '/'.")]
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted POST body, in bytes (larger answers 413).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether a JSON array of requests is accepted (each runs in its own DI scope).</summary>
    public bool EnableBatching { get; set; } = true;

    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>
    /// Whether GraphQL requests need an authenticated user: without one they are answered 401 with
    /// <c>WWW-Authenticate: Bearer</c> and an <c>UNAUTHENTICATED</c> error. The IDE page and its files,
    /// CORS preflight and WebSocket upgrades (which authenticate in <c>connection_init</c>) stay open.
    /// </summary>
    public bool RequireAuthentication { get; set; }
}
