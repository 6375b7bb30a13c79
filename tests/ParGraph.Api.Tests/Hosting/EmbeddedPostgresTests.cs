using Npgsql;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Hosting;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Restart_OnSameHome_KeepsData()
    {
        var options = NewOptions("restart");
        try
        {
            await using (var first = await EmbeddedPostgres.StartAsync(options))
            {
                await ExecuteAsync(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('giữ lại')");
            }

            await using var second = await EmbeddedPostgres.StartAsync(options);

            Assert.Equal("giữ lại", await ExecuteAsync(second, "SELECT value FROM kept"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                    File.GetUnixFileMode(Path.Combine(options.Home, "pg-password")));
            }
        }
        finally
        {
            TestPostgres.TryDelete(options.Home);
        }
    }

    [Fact]
    public async Task Start_WithStalePidFile_RemovesItAndStarts()
    {
        var options = NewOptions("stale");
        try
        {
            string pidFile;
            string[] lines;
            await using (var first = await EmbeddedPostgres.StartAsync(options))
            {
                pidFile = Path.Combine(first.DataDirectory, "postmaster.pid");
                lines = await File.ReadAllLinesAsync(pidFile);
            }

            lines[0] = DeadProcessId().ToString();
            await File.WriteAllLinesAsync(pidFile, lines); // as a crash leaves it

            await using var second = await EmbeddedPostgres.StartAsync(options);

            Assert.Equal("1", await ExecuteAsync(second, "SELECT '1'"));
            Assert.NotEqual(lines[0], (await File.ReadAllLinesAsync(pidFile))[0]);
        }
        finally
        {
            TestPostgres.TryDelete(options.Home);
        }
    }

    [Fact]
    public async Task Start_WhileAServerRunsOnTheHome_UsesThatServer()
    {
        var options = NewOptions("adopt");
        try
        {
            // As after a crash of the app: the server it started is still running.
            var orphan = await EmbeddedPostgres.StartAsync(options);

            await using var adopted = await EmbeddedPostgres.StartAsync(options);
            Assert.Equal(orphan.Port, adopted.Port);
            Assert.Equal("1", await ExecuteAsync(adopted, "SELECT '1'"));

            await adopted.StopAsync();
            await orphan.StopAsync(); // already stopped: no error
            Assert.False(File.Exists(Path.Combine(adopted.DataDirectory, "postmaster.pid")));
        }
        finally
        {
            TestPostgres.TryDelete(options.Home);
        }
    }

    [Fact]
    public async Task Start_WithoutBinaries_NamesThePackageToInstall()
    {
        var options = NewOptions("nobin");
        options.BinDirectory = Path.Combine(options.Home, "no-such-bin");

        var error = await Assert.ThrowsAsync<PostgresBinariesNotFoundException>(
            () => EmbeddedPostgres.StartAsync(options));

        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("brew install postgresql@16", error.Message);
        Assert.Contains(options.BinDirectory, error.Message);
        Assert.False(Directory.Exists(options.Home));
    }

    [Fact]
    public void Locate_FindsTheMachineBinaries()
    {
        var binaries = PostgresBinaries.Locate();

        Assert.True(File.Exists(binaries.Initdb));
        Assert.True(File.Exists(binaries.PgCtl));
    }

    private static EmbeddedPostgresOptions NewOptions(string purpose) =>
        new() { Home = TestPostgres.NewHome(purpose), Ephemeral = true };

    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static async Task<string?> ExecuteAsync(EmbeddedPostgres server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
