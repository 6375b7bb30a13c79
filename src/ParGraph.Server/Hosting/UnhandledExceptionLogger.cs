using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ParGraph.Server.Hosting;

/// <summary>Logs exceptions that escape resolvers; the client only sees <c>INTERNAL</c> (see ParGraphErrorInfoProvider).</summary>
internal static partial class UnhandledExceptionLogger
{
    public static Task LogAsync(UnhandledExceptionContext context, ExecutionOptions options)
    {
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("ParGraph.Server.Errors");
        if (logger is not null)
            LogUnhandled(logger, context.Exception, context.FieldContext?.FieldDefinition.Name ?? "(request)");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while resolving {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}
