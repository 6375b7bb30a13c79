using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ParGraph.Server.Ide;
using ParGraph.Server.Transport.Http;
using ParGraph.Server.Transport.ServerSentEvents;
using ParGraph.Server.Transport.WebSockets;

namespace ParGraph.Server.Hosting;

/// <summary>
/// The one endpoint on the GraphQL path: dispatches each request by kind — a WebSocket upgrade gets
/// GraphQL over WebSocket (authenticated in <c>connection_init</c>), a browser asking for HTML the IDE,
/// a request accepting <c>text/event-stream</c> GraphQL over SSE and everything else GraphQL over HTTP
/// (both after the authentication rule, when required).
/// </summary>
public sealed class GraphQLEndpoint(
    GraphQLHttpHandler http,
    GraphQLWebSocketHandler webSockets,
    GraphQLServerSentEventsHandler serverSentEvents,
    IdeHandler ide,
    GraphQLHttpAuthentication authentication,
    IOptions<GraphQLHttpOptions> options)
{
    /// <summary>The route value that names an IDE file under the endpoint path.</summary>
    public const string AssetRouteValue = "asset";

    public Task HandleAsync(HttpContext context, string path)
    {
        if (context.WebSockets.IsWebSocketRequest)
            return webSockets.HandleAsync(context);
        if (ServesIdePage(context))
            return ide.ServePageAsync(context, path);
        if (options.Value.RequireAuthentication && !GraphQLHttpAuthentication.IsAuthenticated(context))
            return authentication.ChallengeAsync(context);
        return GraphQLMediaTypes.AcceptsEventStream(context.Request.Headers.GetCommaSeparatedValues(HeaderNames.Accept))
            ? serverSentEvents.HandleAsync(context)
            : http.HandleAsync(context);
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
