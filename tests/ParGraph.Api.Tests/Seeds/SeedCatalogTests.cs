using Microsoft.Extensions.Configuration;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>The seeds folder is found from any working directory, or from <c>Seeds:Path</c>.</summary>
public sealed class SeedCatalogTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("pargraph-seeds-").FullName;

    [Fact]
    public void Locate_FromTheTestBinaries_FindsTheRepositorySeeds()
    {
        var catalog = SeedCatalog.Locate();
        Assert.Equal(SeedCatalog.FolderName, Path.GetFileName(catalog.RootPath));
        Assert.True(File.Exists(catalog.AgenciesPath));
        Assert.True(File.Exists(catalog.ManifestPath));
    }

    [Fact]
    public void Find_WalksUpFromANestedDirectory()
    {
        var seeds = MakeSeeds(scratch);
        var nested = Directory.CreateDirectory(Path.Combine(scratch, "src", "bin", "Debug")).FullName;
        Assert.Equal(seeds, SeedCatalog.Find(null, [nested])?.RootPath);
    }

    [Fact]
    public void Find_TriesEachStartInTurn()
    {
        var seeds = MakeSeeds(Directory.CreateDirectory(Path.Combine(scratch, "repo")).FullName);
        var elsewhere = Directory.CreateDirectory(Path.Combine(scratch, "elsewhere")).FullName;
        Assert.Equal(seeds, SeedCatalog.Find(null, [elsewhere, Path.Combine(scratch, "repo")])?.RootPath);
    }

    [Fact]
    public void Find_WithoutSeeds_ReturnsNull() =>
        Assert.Null(SeedCatalog.Find(null, [Directory.CreateDirectory(Path.Combine(scratch, "empty")).FullName]));

    [Fact]
    public void Find_PrefersTheConfiguredPath()
    {
        var configured = MakeSeeds(Directory.CreateDirectory(Path.Combine(scratch, "configured")).FullName);
        Assert.Equal(configured, SeedCatalog.Find(configured, [AppContext.BaseDirectory])?.RootPath);
    }

    [Fact]
    public void Find_WithAConfiguredPathLackingTheRegistry_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => SeedCatalog.Find(scratch, [AppContext.BaseDirectory]));

    [Fact]
    public void Locate_ReadsSeedsPathFromConfiguration()
    {
        var configured = MakeSeeds(Directory.CreateDirectory(Path.Combine(scratch, "from-config")).FullName);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SeedCatalog.PathKey] = configured })
            .Build();
        Assert.Equal(configured, SeedCatalog.Locate(configuration).RootPath);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string MakeSeeds(string parent)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(parent, SeedCatalog.FolderName)).FullName;
        File.WriteAllText(Path.Combine(seeds, SeedCatalog.AgenciesFileName), "code,name,short_name,kind,aliases,parent,groups\n");
        return seeds;
    }
}
