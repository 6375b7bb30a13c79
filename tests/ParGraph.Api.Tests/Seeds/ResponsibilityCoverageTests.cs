using System.Text.RegularExpressions;
using ParGraph.Api.Agencies;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>Every body the 2024 plan (000) and plan 10562/KH-UBND (002) assign work to is in the registry.</summary>
public sealed partial class ResponsibilityCoverageTests
{
    private static readonly Lazy<IReadOnlyList<string>> Cells = new(() =>
        SeedDocumentCells.ResponsibilityCellsOf000(TestSeeds.ReadDocument("000_"))
            .Concat(SeedDocumentCells.AssignmentCellsOf002(TestSeeds.ReadDocument("002_"))
                .SelectMany(row => new[] { row.Lead, row.Coordinating }))
            .ToList());

    [Fact]
    public void Cells_AreFoundInBothDocuments()
    {
        Assert.True(SeedDocumentCells.ResponsibilityCellsOf000(TestSeeds.ReadDocument("000_")).Count >= 60);
        var rows = SeedDocumentCells.AssignmentCellsOf002(TestSeeds.ReadDocument("002_"));
        Assert.Equal(40, rows.Count);
        Assert.All(rows, row => Assert.NotEmpty(row.Lead));
    }

    [Fact]
    public void EveryListedName_IsPrintedInAResponsibilityCell()
    {
        var cells = string.Join(" | ", Cells.Value.Select(AgencyNameIndex.Key));
        var absent = ResponsibilityNames.Resolvable.Concat(ResponsibilityNames.Unplaceable)
            .Where(name => !cells.Contains(AgencyNameIndex.Key(name), StringComparison.Ordinal));
        Assert.Empty(absent);
    }

    [Fact]
    public void EveryResolvableName_ResolvesToOneAgency()
    {
        var unresolved = ResponsibilityNames.Resolvable.Where(name => TestSeeds.Names.Resolve(name) is null);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void NoUnplaceableName_Resolves()
    {
        var resolved = ResponsibilityNames.Unplaceable.Where(name => TestSeeds.Names.Resolve(name) is not null);
        Assert.Empty(resolved);
    }

    [Fact]
    public void EveryCell_NamesNoBodyBeyondTheListedNames()
    {
        var listed = ResponsibilityNames.Resolvable.Concat(ResponsibilityNames.Unplaceable)
            .Select(AgencyNameIndex.Key).Distinct().OrderByDescending(key => key.Length).ToList();
        var leftovers = Cells.Value
            .Select(cell => listed.Aggregate(AgencyNameIndex.Key(cell), (rest, key) => rest.Replace(key, " # ")))
            .Where(rest => BodyHead().IsMatch(rest) || !rest.Contains('#'));
        Assert.Empty(leftovers);
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("001_")]
    [InlineData("002_")]
    [InlineData("003_")]
    public void EveryDepartmentMention_StartsWithADepartmentName(string document)
    {
        var departmentKeys = TestSeeds.Agencies.Where(a => a.Kind == AgencyKind.Department)
            .SelectMany(AgencyNameIndex.NamesOf).Select(AgencyNameIndex.Key).ToList();
        var text = Whitespace().Replace(TestSeeds.ReadDocument(document), " ");
        var unknown = DepartmentMention().Matches(text)
            .Select(m => AgencyNameIndex.Key(text.Substring(m.Index, Math.Min(80, text.Length - m.Index))))
            .Where(mention => !departmentKeys.Any(key => StartsWithName(mention, key)))
            .ToList();
        Assert.Empty(unknown);
    }

    private static bool StartsWithName(string mention, string key) =>
        mention.StartsWith(key, StringComparison.Ordinal)
        && (mention.Length == key.Length || !char.IsLetterOrDigit(mention[key.Length]));

    /// <summary>Heads of body names (diacritics folded) that a cell must not keep after the listed names are cut.</summary>
    [GeneratedRegex(@"\b(ubnd|uy ban|van phong|cong an|bao hiem|cuc|kho bac|ban quan ly|trung tam|dai phat|bao khanh|bo chi huy|bo noi vu|thanh tra|hoi dong|vcci|phong)\b")]
    private static partial Regex BodyHead();

    [GeneratedRegex(@"\bSở (?=[A-ZĐ])")]
    private static partial Regex DepartmentMention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
