using System.Text;
using Microsoft.Extensions.Configuration;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>
/// The project's <c>seeds/</c> folder: the agency registry, the KPI catalogue with published results, and the province documents with their manifest.
/// Found from any working directory: the <c>Seeds:Path</c> setting, else the nearest folder named
/// <c>seeds</c> holding <c>agencies.csv</c> above the application's base directory or the current directory.
/// </summary>
public sealed class SeedCatalog(string rootPath)
{
    public const string PathKey = "Seeds:Path";
    public const string FolderName = "seeds";
    public const string AgenciesFileName = "agencies.csv";
    public const string ManifestFileName = "manifest.json";
    public const string KpisFileName = "kpis.csv";
    public const string KpiMeasurementsFileName = "kpi-measurements.csv";

    public string RootPath { get; } = Path.GetFullPath(rootPath);

    public string AgenciesPath => Path.Combine(RootPath, AgenciesFileName);

    public string DocumentsPath => Path.Combine(RootPath, "documents");

    public string ManifestPath => Path.Combine(DocumentsPath, ManifestFileName);

    public string DocumentPath(string fileName) => Path.Combine(DocumentsPath, fileName);

    /// <summary>Locates the seeds from configuration, the base directory and the current directory.</summary>
    /// <exception cref="DirectoryNotFoundException">No seeds folder was found.</exception>
    public static SeedCatalog Locate(IConfiguration? configuration = null)
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        return Find(configuration?[PathKey], starts)
            ?? throw new DirectoryNotFoundException(
                $"No '{FolderName}/{AgenciesFileName}' above {string.Join(" or ", starts)}; set {PathKey}.");
    }

    /// <summary>
    /// The configured folder when one is given (it must hold <c>agencies.csv</c>), else the first
    /// <c>seeds/</c> folder found walking up from each start directory in turn; null if there is none.
    /// </summary>
    public static SeedCatalog? Find(string? configuredPath, IEnumerable<string> startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var configured = Path.GetFullPath(configuredPath);
            return File.Exists(Path.Combine(configured, AgenciesFileName))
                ? new SeedCatalog(configured)
                : throw new DirectoryNotFoundException($"{PathKey} '{configured}' holds no {AgenciesFileName}.");
        }

        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, AgenciesFileName)))
                {
                    return new SeedCatalog(candidate);
                }
            }
        }

        return null;
    }

    public IReadOnlyList<AgencySeedRecord> ReadAgencies()
    {
        using var reader = new StreamReader(AgenciesPath, Encoding.UTF8);
        return AgencySeedReader.Read(reader);
    }

    /// <summary>The KPI catalogue; empty when the folder has no <c>kpis.csv</c>.</summary>
    public IReadOnlyList<KpiSeedRecord> ReadKpis() => ReadOptional(KpisFileName, KpiSeedReader.ReadKpis);

    /// <summary>The published KPI results; empty when the folder has no <c>kpi-measurements.csv</c>.</summary>
    public IReadOnlyList<KpiMeasurementSeedRecord> ReadKpiMeasurements() =>
        ReadOptional(KpiMeasurementsFileName, KpiSeedReader.ReadMeasurements);

    public IReadOnlyList<DocumentManifestEntry> ReadManifest()
    {
        using var stream = File.OpenRead(ManifestPath);
        return DocumentManifestReader.Read(stream);
    }

    private IReadOnlyList<T> ReadOptional<T>(string fileName, Func<TextReader, IReadOnlyList<T>> read)
    {
        var path = Path.Combine(RootPath, fileName);
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return read(reader);
    }
}
