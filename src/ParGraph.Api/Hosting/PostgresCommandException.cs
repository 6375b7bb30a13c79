namespace ParGraph.Api.Hosting;

/// <summary>A PostgreSQL program (initdb, pg_ctl) exited with an error.</summary>
public sealed class PostgresCommandException(string command, int exitCode, string output)
    : InvalidOperationException($"`{command}` failed with exit code {exitCode}:{Environment.NewLine}{output}")
{
    public int ExitCode { get; } = exitCode;

    public string Output { get; } = output;
}
