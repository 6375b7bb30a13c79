using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace ParGraph.Api.Hosting;

/// <summary>The files of an embedded cluster under a home folder: data, password, socket and log.</summary>
internal sealed class PostgresCluster(string home, PostgresBinaries binaries, PostgresCommand command)
{
    public string Home { get; } = Path.GetFullPath(home);

    public string DataDirectory => Path.Combine(Home, "pg");

    public string RunDirectory => Path.Combine(Home, "pg-run");

    public string PasswordFile => Path.Combine(Home, "pg-password");

    public string LogFile => Path.Combine(RunDirectory, "postgresql.log");

    public string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public string ReadPassword() => File.Exists(PasswordFile)
        ? File.ReadAllText(PasswordFile).Trim()
        : throw new InvalidOperationException(
            $"The embedded PostgreSQL in {DataDirectory} has no password file {PasswordFile}; "
            + $"delete {DataDirectory} to create a fresh cluster.");

    public void PrepareRunDirectory()
    {
        Directory.CreateDirectory(RunDirectory);
        command.GiveToServiceUser(RunDirectory);
    }

    /// <summary>initdb with a generated superuser password; removes a half-made cluster first.</summary>
    public void Initialise(bool ephemeral, ILogger logger)
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(DataDirectory);
        command.GiveToServiceUser(DataDirectory);
        var password = RandomNumberGenerator.GetHexString(32, lowercase: true);
        WritePrivateFile(PasswordFile, password);
        var initdbPasswordFile = Path.Combine(RunDirectory, "initdb-password");
        WritePrivateFile(initdbPasswordFile, password);
        command.GiveToServiceUser(initdbPasswordFile);
        try
        {
            RunInitdb(initdbPasswordFile, ephemeral, logger);
        }
        catch (PostgresCommandException e) when (command.RunsAsServiceUser && e.Output.Contains("Permission denied"))
        {
            throw new InvalidOperationException(
                $"initdb could not use {DataDirectory}. As root, PostgreSQL runs as the `postgres` user, which "
                + $"must be able to reach every folder above {Home}; set {ParGraphHome.Variable} to a folder it "
                + $"can reach.{Environment.NewLine}{e.Output}", e);
        }
        finally
        {
            File.Delete(initdbPasswordFile);
        }
    }

    /// <summary>
    /// Deals with a postmaster.pid left behind: returns the port of a server that is still
    /// running on this data directory, or deletes the file when its process is gone.
    /// </summary>
    public int? FindRunningServer(ILogger logger)
    {
        if (!File.Exists(PidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(PidFile);
        if (lines.Length > 3 && int.TryParse(lines[0], out var pid) && IsPostgres(pid)
            && int.TryParse(lines[3], out var port))
        {
            return port;
        }

        logger.LogInformation("Removing stale {PidFile} (its server is no longer running)", PidFile);
        File.Delete(PidFile);
        return null;
    }

    private void RunInitdb(string passwordFile, bool ephemeral, ILogger logger)
    {
        string[] common =
        [
            "-D", DataDirectory, "-U", "postgres", $"--pwfile={passwordFile}", "-E", "UTF8",
            "--auth-local=peer", "--auth-host=scram-sha-256", .. ephemeral ? ["--no-sync"] : Array.Empty<string>(),
        ];

        // C collation (fast, stable) with a UTF-8 aware ctype so lower()/ILIKE fold Vietnamese letters.
        string[] ctypes = OperatingSystem.IsMacOS() ? ["en_US.UTF-8", "C"] : ["C.UTF-8", "C"];
        for (var i = 0; ; i++)
        {
            try
            {
                command.Run(binaries.Initdb, [.. common, "--locale=C", $"--lc-ctype={ctypes[i]}"],
                    Home, TimeSpan.FromMinutes(2));
                return;
            }
            catch (PostgresCommandException e) when (i + 1 < ctypes.Length && e.Output.Contains("locale"))
            {
                logger.LogWarning("initdb rejected locale {Locale}; retrying with {Next}", ctypes[i], ctypes[i + 1]);
                Directory.Delete(DataDirectory, recursive: true);
                Directory.CreateDirectory(DataDirectory);
                command.GiveToServiceUser(DataDirectory);
            }
        }
    }

    private static bool IsPostgres(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.ProcessName is "postgres" or "postmaster";
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false; // exited meanwhile
        }
    }

    private static void WritePrivateFile(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(content);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
