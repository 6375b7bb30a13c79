using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Hosting;

/// <summary>The verbs of the real executable, run as a separate process (<see cref="ProgramProcess"/>).</summary>
public class CommandLineTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>, IDisposable
{
    /// <summary>Nothing listens on port 1: the connection is refused at once.</summary>
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>This test's own <c>PARGRAPH_HOME</c>: the processes never touch the repository's <c>.pargraph</c>.</summary>
    private readonly string home = Path.Combine(Path.GetTempPath(), $"pargraph-cli-{Guid.NewGuid():N}");

    [Fact]
    public async Task SchemaExport_WithPath_WritesThePrintedSchema()
    {
        var output = Path.Combine(Path.GetTempPath(), $"pargraph-schema-{Guid.NewGuid():N}.graphql");

        var (exitCode, _, stderr) = await ProgramProcess.RunAsync(["schema", "export", output], Timeout);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(SchemaExport.Print(factory.Services.GetRequiredService<ISchema>()), await File.ReadAllTextAsync(output));
        File.Delete(output);
    }

    [Fact]
    public async Task Run_WithoutPostgresBinaries_SaysWhatToInstallAndExits1()
    {
        var (exitCode, _, stderr) = await ProgramProcess.RunAsync(
            ["--EmbeddedPostgres:BinDirectory", "/nonexistent/bin", "--urls", "http://127.0.0.1:0"],
            Timeout,
            ("PARGRAPH_HOME", home),
            ("ASPNETCORE_ENVIRONMENT", "Development"));

        Assert.Equal(1, exitCode);
        Assert.Contains("apt-get install postgresql", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithUrlsEnvironmentAndSettings_StartsTheServerThere()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var stdout = await ProgramProcess.RunUntilAsync(
                ["Logging:LogLevel:Default=Information", "--urls", "http://127.0.0.1:0", "--environment", "Development"],
                "ParGraph is ready",
                TimeSpan.FromSeconds(120),
                ("PARGRAPH_HOME", home),
                ("ConnectionStrings__ParGraph", database.ConnectionString));

            Assert.Contains("Now listening on: http://127.0.0.1:", stdout, StringComparison.Ordinal);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task UnknownVerb_Exits2WithASuggestionInsteadOfStartingTheServer()
    {
        var (exitCode, stdout, stderr) = await ProgramProcess.RunAsync(
            ["migrat", "--urls", "http://127.0.0.1:0"],
            TimeSpan.FromSeconds(30),
            ("PARGRAPH_HOME", home),
            ("ASPNETCORE_ENVIRONMENT", "Development"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Unknown command 'migrat'. Did you mean 'migrate'?", stderr, StringComparison.Ordinal);
        Assert.Contains("seed-demo", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_SaysSoInOneLineAndExits1()
    {
        var shell = Path.GetTempPath();
        var name = $"missing-{Guid.NewGuid():N}.txt";

        var (exitCode, stdout, stderr) = await ProgramProcess.RunAsync(
            ["import", name], Timeout, ("PARGRAPH_HOME", home), ("PWD", shell), ("ConnectionStrings__ParGraph", UnreachableDatabase));

        Assert.Equal(1, exitCode);
        Assert.Equal([$"import: file not found: {Path.GetFullPath(Path.Combine(shell, name))}"], Lines(stderr));
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithUnreachableDatabase_SaysSoInOneLineAndExits1()
    {
        var (exitCode, _, stderr) = await ProgramProcess.RunAsync(
            ["migrate"], Timeout, ("PARGRAPH_HOME", home), ("ConnectionStrings__ParGraph", UnreachableDatabase));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith("migrate: database: Failed to connect to 127.0.0.1:1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwoFiles_PrintsAProgressLinePerFile()
    {
        var files = TestSeeds.Manifest.Where(e => e.Role == SeedDocumentRole.Plan && e.ParentDocumentNumber is null).Take(2).Select(e => e.File).ToList();

        var (exitCode, stdout, stderr) = await ProgramProcess.RunAsync(
            ["import", .. files.Select(TestSeeds.Catalog.DocumentPath), "--dry-run"],
            Timeout,
            ("PARGRAPH_HOME", home),
            ("ConnectionStrings__ParGraph", factory.Database.ConnectionString));

        Assert.True(exitCode == 0, stderr);
        var progress = Lines(stderr).Where(line => line.StartsWith("import: [", StringComparison.Ordinal)).ToList();
        Assert.Collection(
            progress,
            line => Assert.StartsWith($"import: [1/2] {files[0]} read in ", line, StringComparison.Ordinal),
            line => Assert.StartsWith($"import: [2/2] {files[1]} read in ", line, StringComparison.Ordinal));
        Assert.Contains("2 document(s) read in ", stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
