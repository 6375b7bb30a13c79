using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ParGraph.Server.Transport.Http;

/// <summary>GraphQL over HTTP (GET and POST <c>application/json</c>) by the rules of <c>docs/transport.md</c>.</summary>
public sealed class GraphQLHttpHandler(
    GraphQLHttpRequestReader reader,
    GraphQLRequestExecutor executor,
    GraphQLHttpResponseWriter writer,
    IServiceScopeFactory scopeFactory,
    IOptions<GraphQLHttpOptions> options)
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
            : await reader.ReadBodyAsync(request, options.Value, context.RequestAborted).ConfigureAwait(false);
        if (read.ErrorMessage is not null)
        {
            await writer.WriteErrorAsync(context, read.ErrorStatus, read.ErrorMessage).ConfigureAwait(false);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.GetCommaSeparatedValues(HeaderNames.Accept));
        if (mediaType is null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.").ConfigureAwait(false);
            return;
        }

        var rule = isGet ? HttpMethodValidationRule.ForGet : HttpMethodValidationRule.ForPost;
        if (!read.IsBatch)
        {
            var result = await executor.ExecuteAsync(read.Requests[0], context.RequestServices, context.User, rule, context.RequestAborted)
                .ConfigureAwait(false);
            var (status, allow) = StatusOf(result, mediaType);
            if (allow is not null)
                context.Response.Headers.Allow = allow;
            await writer.WriteAsync(context, status, mediaType, result).ConfigureAwait(false);
            return;
        }

        var results = new List<ExecutionResult>(read.Requests.Count);
        foreach (var item in read.Requests)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            results.Add(await executor.ExecuteAsync(item, scope.ServiceProvider, context.User, rule, context.RequestAborted)
                .ConfigureAwait(false));
        }
        await writer.WriteAsync(context, StatusCodes.Status200OK, mediaType, results).ConfigureAwait(false);
    }

    /// <summary>The status for one result: 405 for a method refusal, 400 for a failure before execution
    /// under graphql-response+json, else 200.</summary>
    public static (int Status, string? Allow) StatusOf(ExecutionResult result, string mediaType)
    {
        var refusal = result.Errors?.OfType<HttpMethodValidationError>().FirstOrDefault();
        if (refusal is not null)
            return (StatusCodes.Status405MethodNotAllowed, refusal.Allow);
        return result.Executed || mediaType != GraphQLMediaTypes.GraphQLResponseJson
            ? (StatusCodes.Status200OK, null)
            : (StatusCodes.Status400BadRequest, null);
    }
}
