using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>The real <c>seeds/documents/manifest.json</c> describes exactly the documents present.</summary>
public sealed class DocumentManifestTests
{
    [Fact]
    public void Manifest_ListsExactlyTheFilesPresent()
    {
        var listed = TestSeeds.Manifest.Select(e => e.File).Order(StringComparer.Ordinal).ToList();
        var present = Directory.GetFiles(TestSeeds.Catalog.DocumentsPath, "*.txt")
            .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, listed.Count);
        Assert.Equal(present, listed);
        Assert.All(listed, file => Assert.True(File.Exists(TestSeeds.Catalog.DocumentPath(file))));
    }

    [Theory]
    [InlineData("000_", PlanKind.AnnualPlan, "3049/QĐ-UBND", "2023-12-29", "4831/QĐ-UBND")]
    [InlineData("001_", PlanKind.Framework, "20/QĐ-UBND", "2022-11-07", null)]
    [InlineData("002_", PlanKind.ThematicPlan, "10562/KH-UBND", "2022-10-31", null)]
    [InlineData("003_", PlanKind.Programme, "4831/QĐ-UBND", "2021-12-24", null)]
    public void Plan_HasItsKindNumberDateAndParent(string file, PlanKind kind, string number, string issued, string? parent)
    {
        var entry = TestSeeds.Manifest.Single(e => e.File.StartsWith(file, StringComparison.Ordinal));
        Assert.Equal(SeedDocumentRole.Plan, entry.Role);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(number, entry.DocumentNumber);
        Assert.Equal(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture), entry.IssuedOn);
        Assert.Equal(parent, entry.ParentDocumentNumber);
    }

    [Fact]
    public void ProgressReport_CoversTheFirstHalfOf2020()
    {
        var report = Assert.Single(TestSeeds.Manifest, e => e.Role == SeedDocumentRole.ProgressReport);
        Assert.StartsWith("004_", report.File, StringComparison.Ordinal);
        Assert.Null(report.Kind);
        Assert.Equal(new DateOnly(2020, 1, 1), report.PeriodStart);
        Assert.Equal(new DateOnly(2020, 6, 30), report.PeriodEnd);
    }

    [Fact]
    public void Entries_AreConsistent()
    {
        var numbers = TestSeeds.Manifest.Select(e => e.DocumentNumber).OfType<string>().ToList();
        Assert.All(TestSeeds.Manifest, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Title));
            Assert.DoesNotContain('\n', entry.Title);
            Assert.False(string.IsNullOrWhiteSpace(entry.TitleEn));
            Assert.Equal(entry.Role == SeedDocumentRole.Plan, entry.Kind is not null);
            Assert.Equal(entry.PeriodStart is null, entry.PeriodEnd is null);
            Assert.True(entry.PeriodStart is null || entry.PeriodStart <= entry.PeriodEnd);
            Assert.True(entry.ParentDocumentNumber is null || numbers.Contains(entry.ParentDocumentNumber));
        });
    }

    [Fact]
    public void DocumentNumbers_ArePrintedInTheirDocuments()
    {
        // 003's own pages garble its number (H831, 1131); 000 cites it as 4831/QĐ-UBND.
        var withNumbers = TestSeeds.Manifest.Where(e => e.DocumentNumber is not null && !e.File.StartsWith("003_", StringComparison.Ordinal));
        Assert.All(withNumbers, entry =>
        {
            var text = File.ReadAllText(TestSeeds.Catalog.DocumentPath(entry.File)).Replace(" /", "/");
            Assert.Contains(entry.DocumentNumber!, text, StringComparison.Ordinal);
        });
        Assert.Contains("4831/QĐ-UBND ngày 24 tháng 12 năm 2021", TestSeeds.ReadDocument("000_"), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadManifest_RejectsUnknownRolesAndMembers()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            DocumentManifestReader.Read("""[{"file":"a.txt","role":"minutes","title":"t"}]"""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            DocumentManifestReader.Read("""[{"file":"a.txt","role":"plan","title":"t","colour":"red"}]"""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            DocumentManifestReader.Read("""[{"file":null,"role":"plan","title":"t"}]"""));
    }
}
