using System.Diagnostics;
using System.Text;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real executable (the <c>ParGraph.Api.dll</c> beside the tests) run as a separate process, without the
/// developer's <c>ConnectionStrings__ParGraph</c>; killed, with its children, if it outlives its time.
/// </summary>
internal static class ProgramProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string[] arguments, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync(process);
            Assert.Fail($"ParGraph.Api {string.Join(' ', arguments)} was still running after {timeout.TotalSeconds} s:\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs until a line of standard output contains <paramref name="expected"/>, then kills the process; answers the output until then.</summary>
    public static async Task<string> RunUntilAsync(
        string[] arguments, string expected, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = new StringBuilder();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                stdout.AppendLine(line);
                if (line.Contains(expected, StringComparison.Ordinal))
                {
                    return stdout.ToString();
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No '{expected}' within {timeout.TotalSeconds} s:\n{stdout}");
        }
        finally
        {
            await KillAsync(process);
        }

        Assert.Fail($"Exited with {process.ExitCode} before '{expected}':\n{stdout}{await stderr}");
        return "";
    }

    private static ProcessStartInfo StartInfo(string[] arguments, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "ParGraph.Api.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ConnectionStrings__ParGraph");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static async Task KillAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }
}
