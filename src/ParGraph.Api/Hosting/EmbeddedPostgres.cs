using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ParGraph.Api.Hosting;

/// <summary>
/// A private PostgreSQL server run from the machine's binaries: initdb once into
/// <c>&lt;home&gt;/pg</c>, started with pg_ctl on a free 127.0.0.1 port, stopped on dispose
/// or process exit. Data survives restarts.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable, IDisposable
{
    private readonly PostgresCluster cluster;
    private readonly PostgresBinaries binaries;
    private readonly PostgresCommand command;
    private readonly ILogger logger;
    private readonly string password;
    private int stopped;

    private EmbeddedPostgres(
        PostgresCluster cluster, PostgresBinaries binaries, PostgresCommand command,
        EmbeddedPostgresOptions options, ILogger logger)
    {
        this.cluster = cluster;
        this.binaries = binaries;
        this.command = command;
        this.logger = logger;
        Database = options.Database;
        var started = Stopwatch.StartNew();
        Directory.CreateDirectory(cluster.Home);
        cluster.PrepareRunDirectory();
        if (!cluster.IsInitialised)
        {
            logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", cluster.DataDirectory);
            cluster.Initialise(options.Ephemeral, logger);
        }

        password = cluster.ReadPassword();
        if (cluster.FindRunningServer(logger) is { } port)
        {
            logger.LogInformation("PostgreSQL is already running on port {Port}; using it", port);
            Port = port;
        }
        else
        {
            Port = StartServer(options);
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            CreateDatabaseIfMissingAsync(Database).GetAwaiter().GetResult();
        }
        catch
        {
            Stop();
            throw;
        }

        logger.LogInformation("PostgreSQL {BinDirectory} ready on 127.0.0.1:{Port}, data in {DataDirectory} ({Elapsed} ms)",
            binaries.BinDirectory, Port, cluster.DataDirectory, started.ElapsedMilliseconds);
    }

    public string Home => cluster.Home;

    public string DataDirectory => cluster.DataDirectory;

    public int Port { get; }

    public string Database { get; }

    /// <summary>Connection string of the application database.</summary>
    public string ConnectionString => GetConnectionString(Database);

    /// <summary>Initialises (first time) and starts the server; throws a clear error when PostgreSQL is missing.</summary>
    /// <exception cref="PostgresBinariesNotFoundException">No initdb/pg_ctl on this machine.</exception>
    public static EmbeddedPostgres Start(EmbeddedPostgresOptions options, ILogger? logger = null)
    {
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var command = PostgresCommand.ForCurrentProcess();
        var cluster = new PostgresCluster(options.Home, binaries, command);
        return new EmbeddedPostgres(cluster, binaries, command, options, logger ?? NullLogger.Instance);
    }

    /// <inheritdoc cref="Start"/>
    public static Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Start(options, logger), cancellationToken);

    public string GetConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates <paramref name="database"/> (optionally from a template) unless it exists.</summary>
    public async Task CreateDatabaseIfMissingAsync(
        string database, string? template = null, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(GetConnectionString("postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var sql = $"CREATE DATABASE {Quote(database)}" + (template is null ? "" : $" TEMPLATE {Quote(template)}");
        await using var create = new NpgsqlCommand(sql, connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Created database {Database}", database);
    }

    /// <summary>Stops the server (pg_ctl stop -m fast); safe to call more than once.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        try
        {
            command.Run(binaries.PgCtl, ["stop", "-D", cluster.DataDirectory, "-m", "fast", "-w", "-t", "30"],
                cluster.Home, TimeSpan.FromSeconds(40));
            logger.LogInformation("PostgreSQL stopped");
        }
        catch (PostgresCommandException e) when (!File.Exists(cluster.PidFile))
        {
            logger.LogDebug(e, "PostgreSQL was not running");
        }
    }

    public Task StopAsync() => Task.Run(Stop);

    public void Dispose() => Stop();

    public ValueTask DisposeAsync() => new(StopAsync());

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private int StartServer(EmbeddedPostgresOptions options)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = PostgresServerArguments.FreeLoopbackPort();
            try
            {
                command.Run(binaries.PgCtl,
                [
                    "start", "-w", "-t", ((int)options.StartTimeout.TotalSeconds).ToString(),
                    "-D", cluster.DataDirectory, "-l", cluster.LogFile, "-o", PostgresServerArguments.Build(port, cluster.RunDirectory, options),
                ], cluster.Home, options.StartTimeout + TimeSpan.FromSeconds(10));
                return port;
            }
            catch (PostgresCommandException e)
            {
                var log = ReadLogTail();
                if (attempt < 3 && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // someone took the port meanwhile
                }

                throw new InvalidOperationException(
                    $"PostgreSQL did not start ({cluster.DataDirectory}). {e.Message}{Environment.NewLine}"
                    + $"Server log {cluster.LogFile}:{Environment.NewLine}{log}", e);
            }
        }
    }

    private string ReadLogTail()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(cluster.LogFile).TakeLast(15));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();
}
