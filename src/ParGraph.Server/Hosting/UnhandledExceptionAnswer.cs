using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParGraph.Server.Errors;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Hosting;

/// <summary>
/// The answer to an exception that escapes every handler: 500 with one <c>INTERNAL</c> GraphQL error that
/// names the request id, in every environment. It replaces ASP.NET Core's developer exception page, which
/// prints the request's headers — a caller's bearer token among them.
/// </summary>
public static partial class UnhandledExceptionAnswer
{
    /// <summary>Adds the middleware; put it right after <see cref="RequestIds.UseRequestIds"/>.</summary>
    public static IApplicationBuilder UseUnhandledExceptionAnswer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ParGraph.Server.Errors");
                LogUnhandled(logger, ex, context.Request.Path, context.TraceIdentifier);
                if (context.Response.HasStarted)
                    throw;
                context.Response.Clear();
                context.Response.Headers[RequestIds.Header] = context.TraceIdentifier;
                await context.RequestServices.GetRequiredService<GraphQLHttpResponseWriter>().WriteErrorAsync(context,
                    StatusCodes.Status500InternalServerError,
                    $"{ParGraphErrorInfoProvider.InternalMessage} Quote request id {context.TraceIdentifier} to the operator.",
                    ErrorCodes.Internal).ConfigureAwait(false);
            }
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception answering {Path} (request {RequestId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string requestId);
}
