using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Reads 004 (progress report, first half of 2020) and checks it against a reading of the document by hand.</summary>
public sealed class ProgressReportParserTests
{
    private static readonly Lazy<ParsedDocument> Document = new(() => new ProgressReportParser().Parse(TestSeeds.ReadDocument("004_")));
    private static readonly Lazy<string[]> Lines = new(() => TestSeeds.ReadDocument("004_").Split('\n'));

    private static ParsedDocument Doc => Document.Value;

    private static ParsedTask[] TasksOf(string code)
    {
        var index = Doc.Sections.ToList().FindIndex(s => s.Code == code);
        return [.. Doc.Tasks.Where(t => t.SectionIndex == index)];
    }

    private static ParsedTask TaskAt(int line) => Doc.Tasks.Single(t => t.Line == line);

    [Fact]
    public void Sections_AreTheRomanNumberedHeadings_WithTheirAreas()
    {
        (string, string, ReformArea, int)[] expected =
        [
            ("I", "CẢI CÁCH THỂ CHẾ", ReformArea.Institutions, 19),
            ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ReformArea.Procedures, 615),
            ("III", "CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", ReformArea.Procedures, 765),
            ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", ReformArea.Apparatus, 1023),
            ("V", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", ReformArea.CivilService, 1450),
            ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", ReformArea.PublicFinance, 1686),
            ("VII", "HIỆN ĐẠI HÓA HÀNH CHÍNH", ReformArea.DigitalGovernment, 1940),
            ("VIII", "TRIỂN KHAI ĐỀ ÁN TRUNG TÂM DỊCH VỤ HÀNH CHÍNH CÔNG TRỰC TUYẾN", ReformArea.Other, 2146),
            ("IX", "TỔ CHỨC TỔNG KẾT CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA GIAI ĐOẠN 2011 – 2020", ReformArea.Other, 2688),
        ];
        Assert.Equal(expected, Doc.Sections.Select(s => (s.Code!, s.Title, s.Area, s.Line)));
    }

    [Theory]
    [InlineData("I", 8), InlineData("II", 2), InlineData("III", 3), InlineData("IV", 6), InlineData("V", 4)]
    [InlineData("VI", 4), InlineData("VII", 4), InlineData("VIII", 8), InlineData("IX", 1)]
    public void Section_HasItsTasks_NumberedFromOne(string code, int count)
    {
        var tasks = TasksOf(code);
        Assert.Equal(count, tasks.Length);
        if (code != "IX")
        {
            Assert.Equal(Enumerable.Range(1, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), tasks.Select(t => t.Number));
        }
    }

    [Fact]
    public void FirstAndLastTasks_ReadEveryColumn()
    {
        var first = TasksOf("I")[0];
        Assert.StartsWith("Tiếp tục rà soát, hoàn thiện và thực hiện đồng bộ, quyết liệt", first.Title);
        Assert.EndsWith("các đơn vị sự nghiệp công lập thuộc tỉnh", first.Title);
        Assert.Equal("Đề án của từng lĩnh vực được UBND tỉnh phê duyệt", first.Product);
        Assert.Equal("Trong năm 2020", first.DeadlineText);
        Assert.StartsWith("- Các Sở Giáo dục và Đào tạo, Y tế, Lao động, Thương binh và Xã hội", first.ResponsibilityText);
        Assert.StartsWith("- Sở Giáo dục và Đào tạo: Chưa báo cáo cập nhật. - Sở Y tế: Đã giao quyền tự chủ", first.ResultText);
        Assert.EndsWith("cho trẻ khuyết tật có thu phí”.", first.ResultText);

        var eighth = TasksOf("I")[^1];
        Assert.EndsWith("ban hành kèm theo Quyết định số 3777/QĐ-UBND ngày 25/12/2015", eighth.Title);
        Assert.Equal(("Các báo cáo tổng kết", "Trong Quý III/2020"), (eighth.Product, eighth.DeadlineText));
        Assert.EndsWith("(Báo cáo số 1592/BC-SNN ngày 25/5/2020).", eighth.ResultText);

        Assert.Equal("Quyết định công bố nhóm thủ tục hành chính liên thông trên địa bàn tỉnh", TasksOf("II")[^1].Product);
        Assert.StartsWith("UBND huyện Khánh Vĩnh đang triển khai thí điểm", TasksOf("II")[^1].ResultText);
        Assert.Equal("Theo tiến độ triển khai của Trung ương", TasksOf("V")[0].DeadlineText);
        Assert.Equal("Sở Nội vụ chủ trì tham mưu UBND tỉnh", TasksOf("V")[^1].ResponsibilityText);
        Assert.Equal("Thường xuyên", TasksOf("VI")[^1].DeadlineText);
        Assert.Equal("Tháng 6/2020", TasksOf("VIII")[^1].DeadlineText);
        Assert.EndsWith("tỉnh Khánh Hòa vào ngày 03/7/2020", TasksOf("VIII")[^1].ResultText);
    }

    [Fact]
    public void RowsAcrossPageBreaks_AreOneTask_WithWholeTexts()
    {
        // Row I.6: its result runs on two pages.
        Assert.Contains("Tỉnh ủy Khánh Hòa về Chương trình xây dựng nông thôn mới tỉnh Khánh Hòa giai đoạn 2016 – 2020", TaskAt(405).ResultText);
        Assert.EndsWith("học tập ngoại ngữ cho cán bộ, công chức, viên chức\".", TaskAt(405).ResultText);
        // Row III.1: its product runs on two pages; the schedule and the assignment share a printed line.
        Assert.EndsWith("trực tuyến tỉnh được cập nhật đầy đủ, kịp thời, chính xác và tinh gọn", TaskAt(767).Product);
        Assert.Equal("Quý II/2020", TaskAt(767).DeadlineText);
        Assert.StartsWith("Sở Nội vụ chủ trì, phối hợp Văn phòng UBND tỉnh", TaskAt(767).ResponsibilityText);
        Assert.EndsWith("cấp xã là 178. Tổng số quy trình TTHC cho phép thực hiện trực tuyến là 797 (mức độ 3 là 385, mức độ 4 là 412); cho phép thực hiện thanh toán trực tuyến phí, lệ phí, nghĩa vụ tài chính là 463 quy trình TTHC.", TaskAt(767).ResultText);
        // Row IV.1: the number alone on its line; the result ends on the next page.
        Assert.Equal("Tiếp tục rà soát, kiện toàn tổ chức bộ máy các cơ quan hành chính tỉnh", TaskAt(1025).Title);
        Assert.EndsWith("- Kho bạc Nhà nước tỉnh giảm 01 đơn vị Kho bạc Nhà nước cấp huyện.", TaskAt(1025).ResultText);
        // Row V.2: task, product, assignment and result all go on after the page break.
        var v2 = TasksOf("V")[1];
        Assert.EndsWith("định lượng hóa công việc, xác định và phân giao công việc theo vị trí việc làm cơ sở định lượng hóa kết quả, hiệu quả thực hiện nhiệm vụ và phân loại cán bộ, công chức, viên chức", v2.Title);
        Assert.Equal("- Đề án của UBND tỉnh - Các sản phẩm theo Đề án", v2.Product);
        Assert.Equal("Theo tiến độ được phê duyệt", v2.DeadlineText);
        Assert.EndsWith("Lao động - Thương binh và Xã hội, các cơ quan, tổ chức có liên quan", v2.ResponsibilityText);
        Assert.Contains(Doc.Warnings, w => w.Line == 1524 && w.Message.Contains("page break"));
    }

    [Fact]
    public void RowWithoutNumber_IsKept_WithAWarning()
    {
        var last = TasksOf("IX").Single();
        Assert.Null(last.Number);
        Assert.Equal(("Xây dựng và triển khai Kế hoạch tổng kết", "Từ Quý II – Quý IV/2020"), (last.Title, last.DeadlineText));
        Assert.EndsWith("- Hiện đang tiếp tục triển khai các nội dung công việc theo kế hoạch", last.ResultText);
        Assert.Contains(Doc.Warnings, w => w.Line == 2692);
    }

    [Fact]
    public void LineHoldingSeveralColumns_IsReported() =>
        Assert.Contains(Doc.Warnings, w => w.Line == 2308 && w.Message.Contains("several columns"));

    [Fact]
    public void PageHeaders_NeverBecomeText_AndTasksKeepTheirLine()
    {
        var texts = Doc.Tasks.SelectMany(t => new[] { t.Title, t.Product, t.DeadlineText, t.ResponsibilityText, t.ResultText });
        Assert.All(texts, text => Assert.DoesNotContain("Nhiệm vụ Sản phẩm Tiến độ", text ?? ""));
        Assert.All(texts, text => Assert.DoesNotContain("Phân công và cách", text ?? ""));
        Assert.All(Doc.Tasks, t => Assert.NotNull(t.Title));
        Assert.All(Doc.Tasks.Where(t => t.Number is not null), t => Assert.StartsWith(t.Number!, Lines.Value[t.Line - 1].Trim(), StringComparison.Ordinal));
        Assert.All(Doc.Tasks.Where(t => t.Number is null), t => Assert.StartsWith(Lines.Value[t.Line - 1].Trim(), t.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsOn_ThePlanTheTitleNames() =>
        Assert.Equal(new ReportedPlan(null, "Các nhiệm vụ CCHC năm 2020", 2020), Doc.ReportsOn);

    [Theory]
    [InlineData("000_", false), InlineData("001_", false), InlineData("002_", false), InlineData("003_", false), InlineData("004_", true)]
    public void Recognizes_OnlyItsOwnLayout(string file, bool expected) =>
        Assert.Equal(expected, new ProgressReportParser().Recognizes(TestSeeds.ReadDocument(file)));
}
