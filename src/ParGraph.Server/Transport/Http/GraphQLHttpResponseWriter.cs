using GraphQL;
using Microsoft.AspNetCore.Http;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport.Http;

/// <summary>Writes GraphQL results as UTF-8 JSON (Vietnamese text unescaped) with <c>charset=utf-8</c>.</summary>
public sealed class GraphQLHttpResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteAsync<T>(HttpContext context, int status, string mediaType, T result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        return serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>A request-level refusal (400, 405, 406, 413, 415): errors only, no <c>data</c>.</summary>
    public Task WriteErrorAsync(HttpContext context, int status, string message, string code = ErrorCodes.Validation)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        return WriteAsync(context, status, GraphQLMediaTypes.Json, result);
    }
}
