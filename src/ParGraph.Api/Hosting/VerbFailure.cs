using System.CommandLine;
using System.CommandLine.Invocation;
using Npgsql;

namespace ParGraph.Api.Hosting;

/// <summary>
/// The failures a verb can expect (a missing or unreadable file, an unreachable database, a failed
/// PostgreSQL tool) said in one line, <c>verb: reason</c>, with exit code 1. Anything else is a bug and
/// keeps System.CommandLine's report with the stack trace.
/// </summary>
public static class VerbFailure
{
    public const int ExitCode = 1;

    /// <summary>Wraps the action of <paramref name="command"/> and of every command under it.</summary>
    public static void ReportInOneLine(Command command, string verb)
    {
        if (command.Action is AsynchronousCommandLineAction action)
        {
            command.SetAction((result, ct) => InvokeAsync(action, verb, result, ct));
        }

        foreach (var subcommand in command.Subcommands)
        {
            ReportInOneLine(subcommand, command is RootCommand ? subcommand.Name : $"{verb} {subcommand.Name}");
        }
    }

    /// <summary>The one-line reason for an expected failure; null for any other exception.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions: [var only] } => Describe(only),
        FileNotFoundException { FileName: { } file } => $"file not found: {file}",
        IOException or UnauthorizedAccessException => exception.Message,
        NpgsqlException { InnerException: { } cause } => $"database: {exception.Message} ({cause.Message})",
        NpgsqlException => $"database: {exception.Message}",
        PostgresCommandException or PostgresBinariesNotFoundException => exception.Message,
        _ => null,
    };

    private static async Task<int> InvokeAsync(AsynchronousCommandLineAction action, string verb, ParseResult result, CancellationToken ct)
    {
        try
        {
            return await action.InvokeAsync(result, ct);
        }
        catch (Exception exception) when (Describe(exception) is { } reason)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"{verb}: {reason}");
            return ExitCode;
        }
    }
}
