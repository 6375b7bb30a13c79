using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Reads 001 (PAPI task framework) and checks it against a reading of the document by hand.</summary>
public sealed class PapiFrameworkParserTests
{
    private static readonly Lazy<string> Text = new(() => TestSeeds.ReadDocument("001_"));
    private static readonly Lazy<ParsedDocument> Document = new(() => new PapiFrameworkParser().Parse(Text.Value));
    private static readonly string[] Lines = TestSeeds.ReadDocument("001_").Split('\n');

    private static ParsedDocument Doc => Document.Value;

    private static ParsedTask[] TasksOf(string code)
    {
        var index = Doc.Sections.ToList().FindIndex(s => s.Code == code);
        return [.. Doc.Tasks.Where(t => t.SectionIndex == index)];
    }

    private static ParsedTask TaskAt(int line) => Doc.Tasks.Single(t => t.Line == line);

    [Fact]
    public void Sections_AreThePapiSubDimensionsInOrder()
    {
        string[] expected =
        [
            "1.1 Tham gia của người dân ở cấp cơ sở — Tri thức công dân",
            "1.2 Tham gia của người dân ở cấp cơ sở — Cơ hội tham gia",
            "1.3 Tham gia của người dân ở cấp cơ sở — Chất lượng bầu cử",
            "1.4 Tham gia của người dân ở cấp cơ sở — Đóng góp tự nguyện",
            "2.1 Công khai, minh bạch trong việc ra quyết định — Tiếp cận thông tin",
            "2.2 Công khai, minh bạch trong việc ra quyết định — Công khai, minh bạch danh sách hộ nghèo",
            "2.3 Công khai, minh bạch trong việc ra quyết định — Công khai, minh bạch ngân sách cấp xã",
            "2.4 Công khai, minh bạch trong việc ra quyết định — Công khai, minh bạch kế hoạch sử dụng đất và bảng giá đất ở địa phương",
            "3.1 Trách nhiệm giải trình với người dân — Mức độ và hiệu quả tương tác với chính quyền địa phương",
            "3.2 Trách nhiệm giải trình với người dân — Giải đáp khiếu nại, tố cáo, phản ánh của người dân",
            "3.3 Trách nhiệm giải trình với người dân — Tiếp cận dịch vụ tư pháp",
            "4.1 Kiểm soát tham nhũng trong khu vực công — Kiểm soát tham nhũng trong chính quyền địa phương",
            "4.2 Kiểm soát tham nhũng trong khu vực công — Kiểm soát tham nhũng trong cung ứng dịch vụ công",
            "4.3 Kiểm soát tham nhũng trong khu vực công — Công bằng trong tuyển dụng nhân lực vào khu vực công",
            "4.4 Kiểm soát tham nhũng trong khu vực công — Quyết tâm chống tham nhũng",
            "5 Thủ tục hành chính công",
            "6.1 Cung ứng dịch vụ công — Y tế công lập",
            "6.2 Cung ứng dịch vụ công — Giáo dục tiểu học công lập",
            "6.3 Cung ứng dịch vụ công — Cơ sở hạ tầng căn bản",
            "6.4 Cung ứng dịch vụ công — An ninh, trật tự tại địa bàn khu dân cư",
            "7.1 Quản trị môi trường — Nghiêm túc trong bảo vệ môi trường",
            "7.2 Quản trị môi trường — Chất lượng không khí",
            "7.3 Quản trị môi trường — Chất lượng nước",
            "8.1 Quản trị điện tử — Sử dụng công thông tin điện tử của chính quyền địa phương",
            "8.2 Quản trị điện tử — Tiếp cận và sử dụng internet tại địa phương",
            "8.3 Quản trị điện tử — Phúc đáp của chính quyền qua cổng thông tin điện tử",
        ];
        Assert.Equal(expected, Doc.Sections.Select(s => $"{s.Code} {s.Title}"));
        Assert.All(Doc.Sections, s => Assert.Equal(ReformArea.Other, s.Area));
    }

    [Theory]
    [InlineData("1.1", 1), InlineData("1.2", 2), InlineData("1.3", 2), InlineData("1.4", 4), InlineData("2.4", 4)]
    [InlineData("3.1", 2), InlineData("4.1", 2), InlineData("4.2", 4), InlineData("4.3", 3), InlineData("5", 8)]
    [InlineData("6.1", 3), InlineData("6.3", 4), InlineData("7.1", 1), InlineData("8.3", 2)]
    public void Section_HasItsTasks(string code, int count) => Assert.Equal(count, TasksOf(code).Length);

    [Fact]
    public void EveryTableRow_IsOneTask_AndPageBreakFragmentsAreNot()
    {
        var dataRows = Lines.Count(l => l.Contains('\t') && !l.StartsWith("Nội dung\t", StringComparison.Ordinal));
        int[] continuedFromPageBefore = [66, 82, 114, 120, 143, 161];
        Assert.Equal(dataRows - continuedFromPageBefore.Length, Doc.Tasks.Count);
        Assert.DoesNotContain(Doc.Tasks, t => continuedFromPageBefore.Contains(t.Line));
        Assert.All(Doc.Tasks, t => Assert.NotEqual(-1, t.SectionIndex));
    }

    [Fact]
    public void FirstTask_ReadsAllColumns()
    {
        var first = TasksOf("1.1").Single();
        Assert.Equal(61, first.Line);
        Assert.StartsWith("- Thông tin, tuyên truyền đến người dân về chủ trương", first.Title);
        Assert.EndsWith("(gọi chung là thôn).", first.Title);
        Assert.StartsWith("- Đăng tin bài trên trang thông tin điện tử; - Phát sóng", first.Product);
        Assert.Equal("UBND cấp huyện", first.CoordinatingText);
        Assert.Equal("- UBND cấp xã; - Trưởng thôn/Tổ trưởng Tổ dân phố (gọi chung là Trưởng thôn).", first.LeadText);
        Assert.Equal("Thường xuyên", first.DeadlineText);
        Assert.Null(first.ResponsibilityText);
        Assert.Null(first.ResultText);
    }

    [Fact]
    public void RowBrokenByPageBreak_IsJoined()
    {
        var publicWorks = TaskAt(63);
        Assert.Equal("Công khai các nội dung công việc quan trọng tại địa phương theo quy định để người dân được biết, bàn bạc, quyết định, giám sát.", publicWorks.Title);
        Assert.Equal("UBND cấp huyện", publicWorks.CoordinatingText);
        Assert.Equal("- UBND cấp xã; - Trưởng thôn.", publicWorks.LeadText);
        Assert.Equal("Thường xuyên", publicWorks.DeadlineText);
        Assert.EndsWith("- Tổ chức lấy ý kiến người dân (tổ chức cuộc họp; gửi văn bản lấy ý kiến).", publicWorks.Product);

        var procedures = TaskAt(111);
        Assert.Equal("Khi bộ ngành trung ương công bố TTHC hoặc UBND tỉnh sửa đổi quy trình giải quyết TTHC", procedures.DeadlineText);
        Assert.Equal("Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý Khu kinh tế Vân Phong", procedures.LeadText);
        Assert.Equal("Văn phòng UBND tỉnh", procedures.CoordinatingText);

        Assert.EndsWith("- Đảm bảo chất lượng dạy học và giáo dục tại các trường tiểu học công lập.", TaskAt(140).Title);
        Assert.Equal("Thường xuyên trong năm học", TaskAt(140).DeadlineText);
        Assert.EndsWith("đáp ứng yêu cầu khai thác của cá nhân, tổ chức.", TaskAt(158).Title);
    }

    [Fact]
    public void MergedCells_ReachEveryRowTheySpan()
    {
        // The dimension cell "Tham gia của người dân ở cấp cơ sở" spans lines 61-74, over three pages.
        Assert.All(Doc.Tasks.Where(t => t.Line is >= 61 and <= 74),
            t => Assert.StartsWith("Tham gia của người dân ở cấp cơ sở — ", Doc.Sections[t.SectionIndex].Title));
        // "Chất lượng bầu cử" is printed beside the end of line 63's row; it heads 67 and 68.
        Assert.Equal([67, 68], TasksOf("1.3").Select(t => t.Line));
        // The task cell of line 71 spans line 72, which has its own method.
        Assert.Equal(TaskAt(71).Title, TaskAt(72).Title);
        Assert.StartsWith("- Tổ chức họp dân;", TaskAt(72).Product);
        Assert.Contains(Doc.Warnings, w => w.Line == 72);
        // Task text printed in the sub-dimension column.
        Assert.StartsWith("Rà soát, kiện toàn Ban Thanh tra Nhân dân", TaskAt(73).Title);
        Assert.Equal("Ban Thanh tra Nhân dân, Ban Giám sát cộng đồng", TaskAt(74).LeadText);
        // A dimension name cut by a page break ("Thủ tục hành" / "chính công") covers all eight rows.
        Assert.Equal([111, 115, 116, 117, 121, 122, 123, 124], TasksOf("5").Select(t => t.Line));
        Assert.Contains(Doc.Warnings, w => w.Line == 132 && w.Message.Contains("Giáo dục tiểu học công lập"));
    }

    [Fact]
    public void LastTasks_OfSections()
    {
        Assert.Equal("Công khai, minh bạch kế hoạch sử dụng đất và bảng giá đất ở địa phương", Doc.Sections.Single(s => s.Code == "2.4").Title.Split(" — ")[1]);
        Assert.Equal("Theo yêu cầu của cá nhân, tổ chức", TasksOf("2.4")[^1].DeadlineText);
        Assert.Equal("Mỗi năm ít nhất 02 lần", TasksOf("3.1")[^1].DeadlineText);
        Assert.Equal("- Theo kế hoạch; - Khi phát hiện các hành vi, vụ việc tham nhũng.", TasksOf("4.4").Single().DeadlineText);
        var last = Doc.Tasks[^1];
        Assert.StartsWith("Tiếp nhận, xử lý, phản hồi, trả lời kịp thời", last.Title);
        Assert.Equal("Sở Thông tin và Truyền thông", last.CoordinatingText);
        Assert.Equal("Các cơ quan, đơn vị, địa phương", last.LeadText);
    }

    [Fact]
    public void Texts_HoldNoHtml_AndTasksKeepTheirLine()
    {
        var texts = Doc.Tasks.SelectMany(t => new[] { t.Title, t.Product, t.LeadText, t.CoordinatingText, t.DeadlineText })
            .Concat(Doc.Sections.Select(s => s.Title));
        Assert.All(texts, text => Assert.DoesNotMatch("<|>|&[a-z]+;", text ?? ""));
        Assert.All(Doc.Tasks, t => Assert.NotNull(t.Title));
        Assert.DoesNotContain(Doc.Tasks, t => t.Title!.StartsWith("Nội dung công việc", StringComparison.Ordinal));
        Assert.All(Doc.Tasks.Where(t => !Doc.Warnings.Any(w => w.Line == t.Line)),
            t => Assert.Contains(t.Title![..12], Lines[t.Line - 1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000_", false), InlineData("001_", true), InlineData("002_", false), InlineData("003_", false), InlineData("004_", false)]
    public void Recognizes_OnlyItsOwnLayout(string file, bool expected) =>
        Assert.Equal(expected, new PapiFrameworkParser().Recognizes(TestSeeds.ReadDocument(file)));
}
