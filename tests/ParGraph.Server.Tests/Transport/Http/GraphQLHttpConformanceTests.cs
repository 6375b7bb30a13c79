using System.Diagnostics;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

/// <summary>
/// Runs the public graphql-http audit suite (tests/conformance/http.test.mjs) against the server kit
/// with the test schema. Needs node and npm: without them the test fails, it is never skipped.
/// </summary>
public sealed class GraphQLHttpConformanceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task GraphQLHttpAudits_AllPass()
    {
        var folder = Path.Combine(FindRepositoryRoot(), "tests", "conformance");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")))
        {
            var install = await RunAsync("npm", "ci --no-audit --no-fund", folder, null);
            Assert.True(install.ExitCode == 0, $"npm ci in {folder} failed:\n{install.Output}");
        }

        var run = await RunAsync("node", "--test http.test.mjs", folder, fixture.Server.Endpoint.ToString());

        Assert.True(run.ExitCode == 0, $"graphql-http audits failed against {fixture.Server.Endpoint}:\n{run.Output}");
        Assert.Contains("# pass 61", run.Output);
        Assert.Contains("# fail 0", run.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, string folder, string? url)
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
