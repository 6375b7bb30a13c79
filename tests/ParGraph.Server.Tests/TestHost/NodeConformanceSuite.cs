using System.Diagnostics;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>
/// Runs node test files of tests/conformance (the public graphql-http, graphql-ws and graphql-sse suites)
/// against a test server. Needs node and npm: without them the tests fail, they are never skipped.
/// </summary>
public static class NodeConformanceSuite
{
    private static readonly string[] Packages = ["graphql-http", "graphql-ws", "graphql-sse", "ws"];

    /// <summary>Test classes run in parallel: one <c>npm ci</c> at a time (it empties node_modules first).</summary>
    private static readonly SemaphoreSlim Install = new(1, 1);

    /// <summary>Runs <c>node --test</c> on <paramref name="files"/> with <c>PARGRAPH_URL</c> = <paramref name="endpoint"/>.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(Uri endpoint, params string[] files)
    {
        var folder = Path.Combine(FindRepositoryRoot(), "tests", "conformance");
        await Install.WaitAsync();
        try
        {
            if (!Packages.All(p => Directory.Exists(Path.Combine(folder, "node_modules", p))))
            {
                var install = await RunProcessAsync("npm", "ci --no-audit --no-fund", folder, null);
                Assert.True(install.ExitCode == 0, $"npm ci in {folder} failed:\n{install.Output}");
            }
        }
        finally
        {
            Install.Release();
        }

        return await RunProcessAsync("node", "--test " + string.Join(' ', files), folder, endpoint.ToString());
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string file, string arguments, string folder, string? url)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (url is not null)
            start.Environment["PARGRAPH_URL"] = url;
        start.Environment.Remove("PARGRAPH_TOKEN");
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{file}' is required for the conformance suite but could not be started: {e.Message}", e);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParGraph.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ParGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
