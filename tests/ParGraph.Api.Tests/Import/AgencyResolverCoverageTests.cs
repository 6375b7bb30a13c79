using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>
/// Every responsibility cell of 000 (2024 plan) and every lead and coordinating cell of 002
/// (plan 10562/KH-UBND) resolves, and the only names left unresolved are the ones listed here.
/// </summary>
public sealed class AgencyResolverCoverageTests
{
    /// <summary>
    /// Printed names in 000 that are no registry entry, each reported so its task is reviewed.
    /// None is a relative reference like "các cơ quan liên quan" (which is dropped): each names a kind
    /// of body or describes the doer, and the reviewer must say who that is.
    /// </summary>
    public static readonly string[] ExpectedUnresolvedIn000 =
    [
        "hiệp hội", // "các sở, ngành, hiệp hội có liên quan": business associations, outside the registry
        "các Hội, Hiệp hội doanh nghiệp", // idem, coordinating the PCI programme
        "Các cơ quan đơn vị", // "rà soát, xây dựng Đề án thu phí": whoever collects the fees
        "Các phòng chuyên môn cấp huyện", // district committees' offices: units, not registry agencies
        "Cơ quan được ủy quyền giao nhiệm vụ, đặt hàng, đấu thầu cung cấp sản phẩm, dịch vụ sự nghiệp công", // a lead described by its function
        "Các cơ quan quản lý các đơn vị sự nghiệp công lập", // idem: the lead of that task is not named
        "doanh nghiệp nhà nước", // state enterprises, outside the registry
        "Các cơ quan đơn vị có tài sản", // whoever holds the assets
        "10 cơ quan hành chính ở 03 cấp", // ten pilot agencies, not named in the plan
    ];

    [Fact]
    public void Cells000_ResolveWithOnlyTheListedNamesUnresolved()
    {
        var cells = SeedDocumentCells.ResponsibilityCellsOf000(TestSeeds.ReadDocument("000_"));
        var resolved = cells.Select(cell => AgencyResolverTests.Resolver.Value.Resolve(cell)).ToList();

        Assert.Equal(ExpectedUnresolvedIn000.Order(), resolved.SelectMany(r => r.Unresolved).Distinct().Order());
        Assert.All(resolved, r => Assert.Equal(r.Unresolved.Count > 0, r.NeedsReview)); // every other cell has a lead
        Assert.Equal(cells.Count, resolved.Count(r => r.LeadCodes.Count + r.CoordinatingCodes.Count > 0));
    }

    [Fact]
    public void Cells002_ResolveCompletely_EachRowWithALead()
    {
        var rows = SeedDocumentCells.AssignmentCellsOf002(TestSeeds.ReadDocument("002_"));
        var resolved = rows.Select(row => AgencyResolverTests.Resolver.Value.Resolve(row.Lead, row.Coordinating)).ToList();

        Assert.Equal(40, resolved.Count);
        Assert.All(resolved, r => Assert.Empty(r.Unresolved));
        Assert.All(resolved, r => Assert.NotEmpty(r.LeadCodes));
        Assert.All(resolved, r => Assert.False(r.NeedsReview));
    }

    [Fact]
    public void ListedNames_AreAllPrintedIn000()
    {
        var text = TestSeeds.ReadDocument("000_");
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(ExpectedUnresolvedIn000, name => Assert.Contains(name, flat, StringComparison.Ordinal));
    }
}
