using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Hosting;

public static class ParGraphServerEndpointExtensions
{
    /// <summary>
    /// Wires CORS, the GraphQL endpoint (HTTP; later WebSocket and SSE) and the IDE on
    /// <paramref name="path"/> (default <see cref="GraphQLHttpOptions.Path"/>, i.e. <c>/graphql</c>).
    /// Call it before authentication middleware that could answer preflight requests.
    /// </summary>
    public static WebApplication MapParGraphServer(this WebApplication app, string? path = null)
    {
        path ??= app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();

        app.UseCors();
        app.Map(path, (HttpContext context) => endpoint.HandleAsync(context, path))
            .RequireCors(CorsOptions.PolicyName)
            .WithDisplayName("GraphQL");
        app.Map(path + "/{**asset}", (HttpContext context, string? asset) => string.IsNullOrEmpty(asset)
                ? endpoint.HandleAsync(context, path)
                : endpoint.HandleAssetAsync(context, path, asset))
            .RequireCors(CorsOptions.PolicyName)
            .WithDisplayName("GraphQL IDE assets");
        return app;
    }
}
