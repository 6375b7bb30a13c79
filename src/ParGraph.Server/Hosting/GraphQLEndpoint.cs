using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ParGraph.Server.Ide;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Hosting;

/// <summary>
/// The one endpoint on the GraphQL path: dispatches each request by kind — a browser asking for HTML
/// gets the IDE, everything else GraphQL over HTTP. WebSocket upgrades and <c>text/event-stream</c>
/// requests get their own branch here when those transports arrive.
/// </summary>
public sealed class GraphQLEndpoint(GraphQLHttpHandler http, IdeHandler ide)
{
    public Task HandleAsync(HttpContext context, string path)
    {
        var request = context.Request;
        if (ide.Enabled && HttpMethods.IsGet(request.Method)
            && GraphQLMediaTypes.AcceptsHtml(request.Headers.GetCommaSeparatedValues(HeaderNames.Accept)))
            return ide.ServePageAsync(context, path);
        return http.HandleAsync(context);
    }

    public Task HandleAssetAsync(HttpContext context, string path, string asset) =>
        ide.ServeAssetAsync(context, path, asset);
}
