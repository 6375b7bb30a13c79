using System.Diagnostics;

namespace ParGraph.Api.Hosting;

/// <summary>The PostgreSQL server programs (initdb, pg_ctl) of this machine.</summary>
public sealed class PostgresBinaries
{
    private PostgresBinaries(string binDirectory) => BinDirectory = binDirectory;

    public string BinDirectory { get; }

    public string Initdb => Program("initdb");

    public string PgCtl => Program("pg_ctl");

    /// <summary>
    /// Finds the binaries: <paramref name="binDirectory"/> when given, else <c>pg_config --bindir</c>,
    /// else the highest <c>/usr/lib/postgresql/*/bin</c>, else the PATH.
    /// </summary>
    /// <exception cref="PostgresBinariesNotFoundException">No usable initdb and pg_ctl.</exception>
    public static PostgresBinaries Locate(string? binDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(binDirectory))
        {
            return IsComplete(binDirectory)
                ? new PostgresBinaries(binDirectory)
                : throw new PostgresBinariesNotFoundException([binDirectory]);
        }

        var candidates = new List<string>();
        if (PgConfigBinDirectory() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }

        candidates.AddRange(VersionedBinDirectories("/usr/lib/postgresql", ""));
        candidates.AddRange(VersionedBinDirectories("/opt/homebrew/opt", "postgresql@"));
        candidates.AddRange(VersionedBinDirectories("/usr/local/opt", "postgresql@"));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

        var found = candidates.FirstOrDefault(IsComplete);
        return found is null
            ? throw new PostgresBinariesNotFoundException(candidates.Distinct().Take(4).ToList())
            : new PostgresBinaries(found);
    }

    private string Program(string name) =>
        Path.Combine(BinDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private static bool IsComplete(string directory) =>
        new PostgresBinaries(directory) is var b && File.Exists(b.Initdb) && File.Exists(b.PgCtl);

    /// <summary><c>/usr/lib/postgresql/16/bin</c>, <c>/opt/homebrew/opt/postgresql@16/bin</c>…, newest first.</summary>
    private static IEnumerable<string> VersionedBinDirectories(string root, string prefix)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.GetDirectories(root, prefix + "*")
            .Select(dir => (dir, version: decimal.TryParse(Path.GetFileName(dir)[prefix.Length..],
                System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(x => x.version >= 0)
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"));
    }

    private static string? PgConfigBinDirectory()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }
}
