using System.Diagnostics;

namespace ParGraph.Api.Hosting;

/// <summary>
/// Runs PostgreSQL's programs. PostgreSQL refuses to run as root, so a root process runs them
/// as the <c>postgres</c> user (runuser, else setpriv) and hands that user the files it needs.
/// </summary>
internal sealed class PostgresCommand
{
    private const string ServiceUser = "postgres";

    private readonly string[] prefix;

    private PostgresCommand(string[] prefix) => this.prefix = prefix;

    public bool RunsAsServiceUser => prefix.Length > 0;

    public static PostgresCommand ForCurrentProcess()
    {
        if (OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess)
        {
            return new PostgresCommand([]);
        }

        if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
        {
            return new PostgresCommand(["runuser", "-u", ServiceUser, "--"]);
        }

        return new PostgresCommand(
            ["setpriv", "--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--"]);
    }

    /// <summary>Makes the service user own <paramref name="path"/> (recursively) when running as root.</summary>
    public void GiveToServiceUser(string path)
    {
        if (RunsAsServiceUser)
        {
            Execute(["chown", "-R", $"{ServiceUser}:", path], Path.GetTempPath(), TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Runs a PostgreSQL program; returns its output, throws with it on failure.</summary>
    public string Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        Execute([.. prefix, program, .. arguments], workingDirectory, timeout);

    private static string Execute(string[] command, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', command)}` timed out after {timeout}.");
        }

        var output = (stdout.Result + stderr.Result).Trim();
        return process.ExitCode == 0
            ? output
            : throw new PostgresCommandException(string.Join(' ', command), process.ExitCode, output);
    }
}
