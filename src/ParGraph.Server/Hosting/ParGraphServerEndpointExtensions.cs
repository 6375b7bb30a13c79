using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.RateLimiting;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Hosting;

public static class ParGraphServerEndpointExtensions
{
    /// <summary>
    /// Wires request ids (<see cref="RequestIds"/>), the answer to unhandled exceptions (<see cref="UnhandledExceptionAnswer"/>), CORS, authentication (when a scheme is registered), rate limiting (when
    /// <see cref="RateLimitingOptions.Enabled"/>), WebSockets, the GraphQL endpoint (HTTP, WebSocket, SSE)
    /// and the IDE on <paramref name="path"/> (default <see cref="GraphQLHttpOptions.Path"/>, i.e.
    /// <c>/graphql</c>). CORS comes first so that preflight requests are answered without a token and
    /// 401/429 answers carry the CORS headers.
    /// </summary>
    public static WebApplication MapParGraphServer(this WebApplication app, string? path = null)
    {
        path ??= app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();

        app.UseRequestIds();
        app.UseUnhandledExceptionAnswer();
        app.UseCors();
        app.UseWebSockets();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
            app.UseAuthentication();
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
            app.UseRateLimiter();

        app.Map(path, (HttpContext context) => endpoint.HandleAsync(context, path))
            .RequireCors(CorsOptions.PolicyName)
            .WithMetadata(GraphQLEndpointMetadata.Instance)
            .WithDisplayName("GraphQL");
        app.Map(path + "/{**" + GraphQLEndpoint.AssetRouteValue + "}", (HttpContext context, string? asset) => string.IsNullOrEmpty(asset)
                ? endpoint.HandleAsync(context, path)
                : endpoint.HandleAssetAsync(context, path, asset))
            .RequireCors(CorsOptions.PolicyName)
            .WithMetadata(GraphQLEndpointMetadata.Instance)
            .WithDisplayName("GraphQL IDE assets");
        return app;
    }
}
