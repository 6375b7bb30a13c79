using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Import.Agencies;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>The repository's real <c>seeds/</c> folder, read once per test run.</summary>
internal static class TestSeeds
{
    private static readonly Lazy<SeedCatalog> LazyCatalog = new(() => SeedCatalog.Locate());
    private static readonly Lazy<IReadOnlyList<AgencySeedRecord>> LazyAgencies = new(() => Catalog.ReadAgencies());
    private static readonly Lazy<IReadOnlyList<DocumentManifestEntry>> LazyManifest = new(() => Catalog.ReadManifest());
    private static readonly Lazy<AgencyDirectory> LazyNames = new(() => AgencyDirectory.FromSeeds(Agencies));

    public static SeedCatalog Catalog => LazyCatalog.Value;

    public static IReadOnlyList<AgencySeedRecord> Agencies => LazyAgencies.Value;

    public static IReadOnlyList<DocumentManifestEntry> Manifest => LazyManifest.Value;

    public static AgencyDirectory Names => LazyNames.Value;

    public static string ReadDocument(string filePrefix)
    {
        var entry = Manifest.Single(e => e.File.StartsWith(filePrefix, StringComparison.Ordinal));
        return File.ReadAllText(Catalog.DocumentPath(entry.File));
    }
}
