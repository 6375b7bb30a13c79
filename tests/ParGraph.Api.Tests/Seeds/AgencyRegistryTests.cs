using System.Text.RegularExpressions;
using ParGraph.Api.Agencies;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>The real <c>seeds/agencies.csv</c> is a consistent registry.</summary>
public sealed partial class AgencyRegistryTests
{
    [Fact]
    public void Registry_Parses()
    {
        Assert.True(TestSeeds.Agencies.Count > 40);
        Assert.All(TestSeeds.Agencies, a => Assert.False(string.IsNullOrWhiteSpace(a.Name)));
    }

    [Fact]
    public void Codes_AreUniqueUpperCaseAscii()
    {
        var codes = TestSeeds.Agencies.Select(a => a.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(CodePattern(), code));
    }

    [Fact]
    public void ParentsAndGroups_Exist_AndGroupsAreKindGroup()
    {
        var byCode = TestSeeds.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        Assert.All(TestSeeds.Agencies.Where(a => a.ParentCode is not null), a => Assert.Contains(a.ParentCode!, byCode));
        var groupCodes = TestSeeds.Agencies.SelectMany(a => a.GroupCodes).Distinct().ToList();
        Assert.All(groupCodes, code => Assert.Equal(AgencyKind.Group, Assert.Contains(code, byCode).Kind));
        Assert.All(TestSeeds.Agencies.Where(a => a.Kind == AgencyKind.Group), g => Assert.StartsWith("ALL-", g.Code));
    }

    [Theory]
    [InlineData("SNV", AgencyKind.Department)]
    [InlineData("VPUBND", AgencyKind.Department)]
    [InlineData("STTTT", AgencyKind.Department)]
    [InlineData("SKHDT", AgencyKind.Department)]
    [InlineData("STC", AgencyKind.Department)]
    [InlineData("STP", AgencyKind.Department)]
    [InlineData("SYT", AgencyKind.Department)]
    [InlineData("SGDDT", AgencyKind.Department)]
    [InlineData("TTT", AgencyKind.Department)]
    [InlineData("CAT", AgencyKind.Vertical)]
    [InlineData("BHXH", AgencyKind.Vertical)]
    [InlineData("BQLKKTVP", AgencyKind.ProvinceBody)]
    [InlineData("UBND-TINH", AgencyKind.ProvinceBody)]
    [InlineData("ALL-DEPARTMENTS", AgencyKind.Group)]
    [InlineData("ALL-DISTRICTS", AgencyKind.Group)]
    [InlineData("ALL-COMMUNES", AgencyKind.Group)]
    [InlineData("ALL-AGENCIES", AgencyKind.Group)]
    public void DesignCode_Exists(string code, AgencyKind kind) =>
        Assert.Equal(kind, TestSeeds.Agencies.Single(a => a.Code == code).Kind);

    [Fact]
    public void TheNineDistrictCommittees_Exist()
    {
        string[] expected =
        [
            "UBND-NHATRANG", "UBND-CAMRANH", "UBND-NINHHOA", "UBND-CAMLAM", "UBND-VANNINH",
            "UBND-DIENKHANH", "UBND-KHANHVINH", "UBND-KHANHSON", "UBND-TRUONGSA",
        ];
        var districts = TestSeeds.Agencies.Where(a => a.Kind == AgencyKind.District).ToList();
        Assert.Equal(expected.Order(), districts.Select(d => d.Code).Order());
        Assert.All(districts, d => Assert.Contains("ALL-DISTRICTS", d.GroupCodes));
    }

    [Fact]
    public void DepartmentLevelBodies_BelongToAllDepartments()
    {
        var departments = TestSeeds.Agencies.Where(a => a.Kind == AgencyKind.Department);
        Assert.All(departments, d => Assert.Equal(["ALL-DEPARTMENTS", "ALL-AGENCIES"], d.GroupCodes));
    }

    [Fact]
    public void NamesAndAliases_LeadToOneAgencyEach()
    {
        Assert.Empty(TestSeeds.Names.AmbiguousKeys);
        Assert.All(TestSeeds.Agencies, a => Assert.Equal(a.Code, TestSeeds.Names.Resolve(a.Name)));
    }

    [Theory]
    [InlineData("Uỷ ban nhân dân tỉnh", "UBND-TINH")]
    [InlineData("Sở TT&TT", "STTTT")]
    [InlineData("Sở KH&ĐT", "SKHDT")]
    [InlineData("VP UBND tỉnh", "VPUBND")]
    [InlineData("Sở Lao động, Thương binh và Xã hội", "SLDTBXH")]
    [InlineData("sở lao động – thương binh và xã hội", "SLDTBXH")]
    [InlineData("UBND thị xã Ninh Hoà", "UBND-NINHHOA")]
    [InlineData("UBND các xã, phường, thị trấn", "ALL-COMMUNES")]
    public void Spellings_Resolve(string printed, string code) =>
        Assert.Equal(code, TestSeeds.Names.Resolve(printed));

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex CodePattern();
}
