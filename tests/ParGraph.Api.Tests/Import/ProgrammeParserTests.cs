using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>The programme 2021-2030 (003), checked against an independent reading of the real text.</summary>
public sealed class ProgrammeParserTests
{
    private static readonly Lazy<ParsedDocument> Document = new(() => new ProgrammeParser().Parse(TestSeeds.ReadDocument("003_")));

    [Theory]
    [InlineData("000_", false)]
    [InlineData("001_", false)]
    [InlineData("002_", false)]
    [InlineData("003_", true)]
    [InlineData("004_", false)]
    public void Recognizes_OnlyTheProgramme(string file, bool expected) =>
        Assert.Equal(expected, new ProgrammeParser().Recognizes(TestSeeds.ReadDocument(file)));

    [Fact]
    public void Sections_AreTheSixAreasInOrder_ThenSolutionsAndDuties()
    {
        Assert.Equal(
            [
                ("1", "Cải cách thể chế", ReformArea.Institutions, 89),
                ("2", "Cải cách thủ tục hành chính", ReformArea.Procedures, 107),
                ("3", "Cải cách tổ chức bộ máy hành chính nhà nước", ReformArea.Apparatus, 153),
                ("4", "Cải cách chế độ công vụ", ReformArea.CivilService, 191),
                ("5", "Cải cách tài chính công", ReformArea.PublicFinance, 219),
                ("6", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", ReformArea.DigitalGovernment, 235),
                ("III", "GIẢI PHÁP THỰC HIỆN CHƯƠNG TRÌNH", ReformArea.Direction, 273),
                ("V", "PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN", ReformArea.Direction, 319),
            ],
            Document.Value.Sections.Select(s => (s.Code, s.Title, s.Area, s.Line)));
    }

    [Fact]
    public void Tasks_PerSection_AreTheBulletsSolutionsAndDuties()
    {
        var counts = Document.Value.Sections.Select((_, i) => Document.Value.Tasks.Count(t => t.SectionIndex == i));

        Assert.Equal([5, 5, 6, 10, 3, 6, 16, 46], counts);
        Assert.All(Document.Value.Tasks, t => Assert.InRange(t.Line, 97, 443));
        Assert.All(Document.Value.Tasks.Where(t => t.SectionIndex < 6), t => Assert.Null(t.Number));
    }

    [Fact]
    public void BulletBrokenAcrossAPageBreak_IsOneTask()
    {
        var task = Assert.Single(Document.Value.Tasks, t => t.Line == 145);

        Assert.EndsWith("tăng cường ứng dụng công nghệ thông tin, bảo đảm việc giải quyết thủ tục hành chính giảm tiếp xúc "
            + "với người dân, tổ chức, doanh nghiệp, giảm thời gian đi lại và tạo thuận lợi cho người dân, tổ chức, doanh nghiệp, "
            + "tăng cường phối hợp giữa các cơ quan hành chính nhà nước để tiếp tục chống tham nhũng, tiêu cực, nhũng nhiễu và công khai, minh bạch.",
            task.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(Document.Value.Tasks, t => t.Line is 147 or 181 or 261);
    }

    [Theory]
    [InlineData(233, "giai đoạn 2021-2025")]
    [InlineData(355, "đến năm 2029")]
    [InlineData(381, "giai đoạn 2021-2030")]
    [InlineData(423, "giai đoạn 2021-2025")]
    [InlineData(97, null)]
    [InlineData(217, null)]
    public void Deadline_IsTheYearPhraseTheTaskStates(int line, string? deadline) =>
        Assert.Equal(deadline, Assert.Single(Document.Value.Tasks, t => t.Line == line).DeadlineText);

    [Theory]
    [InlineData("1.a", 323, "Các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố, các cơ quan ngành dọc cấp tỉnh")]
    [InlineData("1.đ", 331, "Các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố, các cơ quan ngành dọc cấp tỉnh")]
    [InlineData("2.a", 335, "Sở Nội vụ")]
    [InlineData("2.l", 355, "Sở Nội vụ")]
    [InlineData("3.c", 363, "Sở Tư pháp")]
    [InlineData("4.b", 369, "Sở Kế hoạch và Đầu tư")]
    [InlineData("5.a", 373, "Văn phòng Ủy ban nhân dân tỉnh")]
    [InlineData("6.c", 383, "Sở Thông tin và Truyền thông")]
    [InlineData("7", 387, "Sở Khoa học và Công nghệ")]
    [InlineData("8.d", 397, "Sở Tài chính")]
    [InlineData("9.b", 403, "Sở Y tế")]
    [InlineData("10.a", 407, "Sở Giáo dục và Đào tạo")]
    [InlineData("11.b", 415, "Sở Lao động - Thương binh và Xã hội")]
    [InlineData("12", 419, "Sở Văn hóa và Thể thao, Sở Du lịch")]
    [InlineData("13.a", 423, "Ban Quản lý khu kinh tế Vân Phong")]
    [InlineData("14.a", 429, "Các cơ quan ngành dọc cấp tỉnh")]
    [InlineData("14.c", 433, "Công an tỉnh")]
    [InlineData("15", 437, "Đài Phát thanh và Truyền hình Khánh Hòa, Báo Khánh Hòa")]
    [InlineData("15", 439, "Đài Phát thanh và Truyền hình Khánh Hòa, Báo Khánh Hòa")]
    [InlineData("16", 443, "các cấp ủy Đảng, các cơ quan tham mưu của Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, các cơ quan thông tin đại chúng, các tổ chức xã hội trên địa bàn tỉnh")]
    public void Duty_IsATaskLedByTheAgencyAsPrinted(string number, int line, string lead)
    {
        var task = Assert.Single(Document.Value.Tasks, t => t.Line == line);

        Assert.Equal((7, number, lead), (task.SectionIndex, task.Number, task.LeadText));
        Assert.Null(task.ResponsibilityText);
    }

    [Fact]
    public void Duties_CountPerAgency()
    {
        var perAgency = Document.Value.Tasks.Where(t => t.SectionIndex == 7)
            .GroupBy(t => t.Number!.Split('.')[0]).Select(g => (g.Key, g.Count()));

        Assert.Equal(
            [("1", 5), ("2", 11), ("3", 3), ("4", 2), ("5", 2), ("6", 3), ("7", 1), ("8", 4), ("9", 2), ("10", 2),
             ("11", 2), ("12", 1), ("13", 2), ("14", 3), ("15", 2), ("16", 1)],
            perAgency);
    }

    [Fact]
    public void MissingAppendixAndTwoDeadlines_AreWarnings()
    {
        Assert.Equal([267, 269, 355], Document.Value.Warnings.Select(w => w.Line));
        Assert.Contains("Phụ lục", Document.Value.Warnings[1].Message, StringComparison.Ordinal);
    }
}
