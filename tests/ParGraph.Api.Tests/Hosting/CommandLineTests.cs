using System.Diagnostics;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Hosting;

/// <summary>The verbs of the real executable, run as a separate process.</summary>
public class CommandLineTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task SchemaExport_WithPath_WritesThePrintedSchema()
    {
        var output = Path.Combine(Path.GetTempPath(), $"pargraph-schema-{Guid.NewGuid():N}.graphql");

        var (exitCode, _, stderr) = await RunAsync(["schema", "export", output]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(SchemaExport.Print(factory.Services.GetRequiredService<ISchema>()), await File.ReadAllTextAsync(output));
        File.Delete(output);
    }

    [Fact]
    public async Task Run_WithoutPostgresBinaries_SaysWhatToInstallAndExits1()
    {
        var home = Path.Combine(Path.GetTempPath(), $"pargraph-nobin-{Guid.NewGuid():N}");

        var (exitCode, _, stderr) = await RunAsync(
            ["--EmbeddedPostgres:BinDirectory", "/nonexistent/bin", "--urls", "http://127.0.0.1:0"],
            ("PARGRAPH_HOME", home),
            ("ASPNETCORE_ENVIRONMENT", "Development"));

        Assert.Equal(1, exitCode);
        Assert.Contains("apt-get install postgresql", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string[] arguments, params (string Name, string Value)[] environment)
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

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
