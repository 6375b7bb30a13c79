using ParGraph.Api.Agencies;
using ParGraph.Api.Import.Agencies;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Printed spellings of the real documents resolve to the registry's codes.</summary>
public sealed class AgencyDirectoryTests
{
    private static readonly Lazy<AgencyDirectory> Directory = new(() => AgencyDirectory.FromSeeds(TestSeeds.Agencies));

    [Fact]
    public void EverySpellingInTheRegistry_ResolvesToItsOwnAgency()
    {
        var wrong = TestSeeds.Agencies
            .SelectMany(a => new[] { a.Name, a.ShortName }.OfType<string>().Concat(a.Aliases).Select(s => (a.Code, s)))
            .Where(p => Directory.Value.Resolve(p.s) != p.Code);
        Assert.Empty(wrong);
        Assert.Empty(Directory.Value.AmbiguousKeys);
    }

    [Theory]
    // abbreviations
    [InlineData("Sở TT&TT", "STTTT")]
    [InlineData("Sở TTTT", "STTTT")]
    [InlineData("Sở KH&ĐT", "SKHDT")]
    [InlineData("Sở KHĐT", "SKHDT")]
    [InlineData("VP UBND tỉnh", "VPUBND")]
    [InlineData("Văn phòng UBND tỉnh", "VPUBND")]
    [InlineData("UBND tỉnh", "UBND-TINH")]
    [InlineData("HĐND tỉnh", "HDND-TINH")]
    [InlineData("Sở LĐTB&XH", "SLDTBXH")]
    [InlineData("Sở LĐ-TB&XH", "SLDTBXH")]
    [InlineData("Sở NN&PTNT", "SNNPTNT")]
    [InlineData("Sở TN&MT", "STNMT")]
    [InlineData("Sở GD&ĐT", "SGDDT")]
    [InlineData("Sở KH&CN", "SKHCN")]
    [InlineData("BHXH tỉnh", "BHXH")]
    [InlineData("KBNN tỉnh", "KBNN")]
    [InlineData("BQL KKT Vân Phong", "BQLKKTVP")]
    [InlineData("Đài PT-TH Khánh Hòa", "DAIPTTH")]
    [InlineData("UBND TP. Nha Trang", "UBND-NHATRANG")]
    [InlineData("UBND TX Ninh Hòa", "UBND-NINHHOA")]
    // accents, case and spelling variants
    [InlineData("Ủy ban nhân dân tỉnh", "UBND-TINH")]
    [InlineData("Uỷ ban nhân dân tỉnh", "UBND-TINH")]
    [InlineData("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA", "UBND-TINH")]
    [InlineData("Sở Giáo dục và đào tạo", "SGDDT")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "SLDTBXH")]
    [InlineData("Sở Lao động, Thương binh và Xã hội", "SLDTBXH")]
    [InlineData("Sở Lao động – Thương binh và Xã hội", "SLDTBXH")]
    [InlineData("Sở Lao động Thương binh và Xã hội", "SLDTBXH")]
    [InlineData("Đài Phát thanh-Truyền hình Khánh Hòa", "DAIPTTH")]
    [InlineData("Đài Phát thanh và Truyền hình Khánh Hoà", "DAIPTTH")]
    [InlineData("Ban quản lý Khu kinh tế Vân Phong", "BQLKKTVP")]
    [InlineData("sở  tư   pháp", "STP")]
    [InlineData("Phòng Thương mại và Công nghiệp Việt Nam (VCCI)", "VCCI")]
    // "tỉnh" / "Khánh Hòa" optional, qualifiers kept apart
    [InlineData("Sở Nội vụ tỉnh Khánh Hòa", "SNV")]
    [InlineData("Sở Xây dựng tỉnh", "SXD")]
    [InlineData("Công an tỉnh Khánh Hòa", "CAT")]
    [InlineData("Bảo hiểm xã hội", "BHXH")]
    [InlineData("Kho bạc Nhà nước", "KBNN")]
    [InlineData("Trung tâm Công báo", "TTCB")]
    [InlineData("Sở Y tế có liên quan", "SYT")]
    // collective groups
    [InlineData("Các sở, ban, ngành", "ALL-DEPARTMENTS")]
    [InlineData("các sở, ban ngành", "ALL-DEPARTMENTS")]
    [InlineData("Các sở, ngành", "ALL-DEPARTMENTS")]
    [InlineData("Các cơ quan chuyên môn về ngành, lĩnh vực thuộc UBND tỉnh", "ALL-DEPARTMENTS")]
    [InlineData("UBND các huyện, thị xã, thành phố", "ALL-DISTRICTS")]
    [InlineData("Ủy ban nhân dân các huyện, thị xã, thành phố", "ALL-DISTRICTS")]
    [InlineData("UBND cấp huyện", "ALL-DISTRICTS")]
    [InlineData("UBND cấp xã", "ALL-COMMUNES")]
    [InlineData("UBND các xã, phường, thị trấn", "ALL-COMMUNES")]
    [InlineData("Các cơ quan, đơn vị, địa phương", "ALL-AGENCIES")]
    [InlineData("Các sở, ngành, đơn vị, địa phương", "ALL-AGENCIES")]
    [InlineData("Các cơ quan ngành dọc", "ALL-VERTICALS")]
    public void PrintedSpelling_Resolves(string printed, string code) =>
        Assert.Equal(code, Directory.Value.Resolve(printed));

    [Theory]
    [InlineData("Ủy ban nhân dân")] // which level?
    [InlineData("Thanh tra")] // also the verb "to inspect"
    [InlineData("Công an cấp xã")] // another body than Công an tỉnh
    [InlineData("Bảo hiểm xã hội cấp huyện")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch")] // not in the registry (the 2020 name)
    [InlineData("Báo")]
    [InlineData("Sở Nội vụ và Sở Tư pháp")] // two names are not one
    [InlineData("các cơ quan liên quan")]
    [InlineData("")]
    public void NotOneAgency_ResolvesToNothing(string printed) =>
        Assert.Null(Directory.Value.Resolve(printed));

    [Fact]
    public void DirectoryBuiltFromAgencyNames_MatchesTheirSpellings()
    {
        var directory = new AgencyDirectory(
        [
            new AgencyName("X1", "Sở Du lịch", "Sở DL", ["Sở Du lịch tỉnh Khánh Hòa"], AgencyKind.Department),
            new AgencyName("X2", "Ủy ban nhân dân huyện Cam Lâm", null, [], AgencyKind.District),
        ]);

        Assert.Equal("X1", directory.Resolve("SỞ DU LỊCH"));
        Assert.Equal("X1", directory.Resolve("Sở DL"));
        Assert.Equal("X2", directory.Resolve("UBND huyện Cam Lâm"));
        Assert.Null(directory.Resolve("Sở Nội vụ"));
    }
}
