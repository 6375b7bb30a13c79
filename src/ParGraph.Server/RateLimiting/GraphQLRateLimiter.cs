using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;
using ParGraph.Server.Hosting;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.RateLimiting;

/// <summary>
/// Configures ASP.NET Core's rate limiter for the GraphQL endpoint: a chain of a per-client and a
/// per-user (or, anonymously, per-IP) fixed window. Requests that are not GraphQL — health checks,
/// the IDE page and its files, other endpoints — are never limited.
/// </summary>
public static class GraphQLRateLimiter
{
    /// <summary>
    /// The code of the 429 body. The fixed set has no rate-limit code; <c>COMPLEXITY_LIMIT</c> is its
    /// "a server limit refused this request" code. Status 429 and <c>Retry-After</c> say when to retry.
    /// </summary>
    public const string RejectionCode = ErrorCodes.ComplexityLimit;

    public static void Configure(RateLimiterOptions limiter, RateLimitingOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => UserPartition(context, options)),
            PartitionedRateLimiter.Create<HttpContext, string>(context => ClientPartition(context, options)));
        limiter.OnRejected = (rejected, _) => RejectAsync(rejected, options);
    }

    private static RateLimitPartition<string> ClientPartition(HttpContext context, RateLimitingOptions options)
    {
        var client = IsLimited(context) ? Claim(context.User, options.ClientClaimType) : null;
        return client is null
            ? RateLimitPartition.GetNoLimiter("")
            : Window("client:" + client, options.PerClient);
    }

    private static RateLimitPartition<string> UserPartition(HttpContext context, RateLimitingOptions options)
    {
        if (!IsLimited(context))
            return RateLimitPartition.GetNoLimiter("");
        if (GraphQLHttpAuthentication.IsAuthenticated(context))
            return Window("user:" + (Claim(context.User, options.UserClaimType) ?? context.User.Identity!.Name), options.PerUser);
        return Window("ip:" + context.Connection.RemoteIpAddress, options.Anonymous);
    }

    private static bool IsLimited(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null
        && context.RequestServices.GetRequiredService<GraphQLEndpoint>().IsGraphQLRequest(context);

    private static string? Claim(ClaimsPrincipal user, string type) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;

    private static RateLimitPartition<string> Window(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitingOptions options)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : options.PerUser.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var error = new ApiException(RejectionCode, $"Too many requests; retry after {seconds} s.",
            new Dictionary<string, object?> { ["retryAfter"] = seconds });
        await context.RequestServices.GetRequiredService<GraphQLHttpResponseWriter>()
            .WriteAsync(context, StatusCodes.Status429TooManyRequests, GraphQLMediaTypes.Json, new ExecutionResult { Errors = [error] })
            .ConfigureAwait(false);
    }
}
