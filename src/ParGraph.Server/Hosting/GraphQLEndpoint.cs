using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ParGraph.Server.Ide;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Hosting;

/// <summary>
/// The one endpoint on the GraphQL path: dispatches each request by kind — a browser asking for HTML
/// gets the IDE, everything else GraphQL over HTTP (after the authentication rule, when required).
/// WebSocket upgrades and <c>text/event-stream</c> requests get their own branch here when those
/// transports arrive.
/// </summary>
public sealed class GraphQLEndpoint(
    GraphQLHttpHandler http,
    IdeHandler ide,
    GraphQLHttpAuthentication authentication,
    IOptions<GraphQLHttpOptions> options)
{
    /// <summary>The route value that names an IDE file under the endpoint path.</summary>
    public const string AssetRouteValue = "asset";

    public Task HandleAsync(HttpContext context, string path)
    {
        if (ServesIdePage(context))
            return ide.ServePageAsync(context, path);
        if (options.Value.RequireAuthentication && !GraphQLHttpAuthentication.IsAuthenticated(context)
            && !context.WebSockets.IsWebSocketRequest)
            return authentication.ChallengeAsync(context);
        return http.HandleAsync(context);
    }

    public Task HandleAssetAsync(HttpContext context, string path, string asset) =>
        ide.ServeAssetAsync(context, path, asset);

    /// <summary>Whether the request asks for GraphQL (not the IDE page nor one of its files).</summary>
    public bool IsGraphQLRequest(HttpContext context) =>
        !ServesIdePage(context) && string.IsNullOrEmpty(context.GetRouteValue(AssetRouteValue) as string);

    private bool ServesIdePage(HttpContext context) =>
        ide.Enabled && HttpMethods.IsGet(context.Request.Method)
        && GraphQLMediaTypes.AcceptsHtml(context.Request.Headers.GetCommaSeparatedValues(HeaderNames.Accept));
}
