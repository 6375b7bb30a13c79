using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over server-sent events, distinct-connections mode (graphql-sse PROTOCOL.md): the request is
/// read as over HTTP (GET or POST); the answer is <c>text/event-stream</c> with one <c>event: next</c> per
/// result — refusals (validation and the like) included, since EventSource cannot read a 400 body — then
/// <c>event: complete</c>. A comment line every <see cref="GraphQLServerSentEventsOptions.KeepAliveInterval"/>
/// keeps proxies from closing it; the client cancels by closing the connection.
/// </summary>
public sealed class GraphQLServerSentEventsHandler(
    GraphQLHttpRequestReader reader,
    GraphQLHttpResponseWriter writer,
    GraphQLOperationRunner runner,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> httpOptions,
    IOptions<GraphQLServerSentEventsOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed,
                $"Method {request.Method} is not allowed; use GET or POST.").ConfigureAwait(false);
            return;
        }
        var read = isGet
            ? reader.ReadQueryString(request.Query)
            : await reader.ReadBodyAsync(request, httpOptions.Value, context.RequestAborted).ConfigureAwait(false);
        if (read.ErrorMessage is not null || read.IsBatch)
        {
            await writer.WriteErrorAsync(context, read.IsBatch ? StatusCodes.Status400BadRequest : read.ErrorStatus,
                read.ErrorMessage ?? "Batches are not served as server-sent events; send one request.").ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted).ConfigureAwait(false);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        using var events = new ServerSentEventWriter(response, stop.Token);
        var keepAlive = KeepAliveAsync(events, stop.Token);
        try
        {
            var rule = isGet ? HttpMethodValidationRule.ForEventStreamGet : null;
            await foreach (var result in runner.RunAsync(read.Requests[0], context.User, rule, options.Value.MaxPendingEvents, stop.Token)
                .ConfigureAwait(false))
                await events.WriteEventAsync("next", serializer.Serialize(result)).ConfigureAwait(false);
            await events.WriteEventAsync("complete", "").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        catch (SlowConsumerException)
        {
            context.Abort();
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync(ServerSentEventWriter events, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                await events.WriteCommentAsync("keep-alive").ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }
    }
}
