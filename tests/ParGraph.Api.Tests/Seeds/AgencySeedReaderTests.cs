using ParGraph.Api.Agencies;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Tests.Seeds;

/// <summary>The registry reader on small inline files.</summary>
public sealed class AgencySeedReaderTests
{
    private const string Header = "code,name,short_name,kind,aliases,parent,groups\n";

    [Fact]
    public void Read_QuotedCommasAndLists()
    {
        var csv = Header
            + "ALL-DISTRICTS,\"Ủy ban nhân dân các huyện, thị xã, thành phố\",UBND cấp huyện,GROUP,"
            + "\"UBND các huyện, thị xã, thành phố|UBND cấp huyện\",,\n"
            + "TTCB,Trung tâm Công báo,,PROVINCE_BODY,,VPUBND,ALL-AGENCIES\n";
        var records = AgencySeedReader.Read(new StringReader(csv));
        Assert.Equal(2, records.Count);
        Assert.Equal("Ủy ban nhân dân các huyện, thị xã, thành phố", records[0].Name);
        Assert.Equal(["UBND các huyện, thị xã, thành phố", "UBND cấp huyện"], records[0].Aliases);
        Assert.Empty(records[0].GroupCodes);
        Assert.Null(records[1].ShortName);
        Assert.Equal(AgencyKind.ProvinceBody, records[1].Kind);
        Assert.Equal("VPUBND", records[1].ParentCode);
        Assert.Equal(["ALL-AGENCIES"], records[1].GroupCodes);
    }

    [Theory]
    [InlineData("DEPARTMENT", AgencyKind.Department)]
    [InlineData("PROVINCE_BODY", AgencyKind.ProvinceBody)]
    [InlineData("GROUP", AgencyKind.Group)]
    public void ParseKind_ReadsScreamingCase(string text, AgencyKind kind) =>
        Assert.Equal(kind, AgencySeedReader.ParseKind(text));

    [Theory]
    [InlineData("ProvinceBody")]
    [InlineData("province_body")]
    [InlineData("4")]
    public void ParseKind_RejectsOtherSpellings(string text) =>
        Assert.Throws<FormatException>(() => AgencySeedReader.ParseKind(text));

    [Fact]
    public void Read_WithAnEmptyName_ReportsTheLine()
    {
        var error = Assert.Throws<FormatException>(() =>
            AgencySeedReader.Read(new StringReader(Header + "SNV,Sở Nội vụ,,DEPARTMENT,,,\nSTP,,,DEPARTMENT,,,\n")));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutTheHeader_Fails() =>
        Assert.Throws<FormatException>(() => AgencySeedReader.Read(new StringReader("code,name\nSNV,Sở Nội vụ\n")));
}
