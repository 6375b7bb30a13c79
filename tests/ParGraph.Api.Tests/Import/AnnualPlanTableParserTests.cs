using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Reads 000 (annual PAR plan 2024) and checks it against an independent reading of the text.</summary>
public class AnnualPlanTableParserTests
{
    private static readonly string Text = TestSeeds.ReadDocument("000_");
    private static readonly string[] Lines = Text.Split('\n');
    private static readonly ParsedDocument Document = new AnnualPlanTableParser().Parse(Text);

    [Theory]
    [InlineData("000_", true)]
    [InlineData("001_", false)]
    [InlineData("002_", false)]
    [InlineData("003_", false)]
    [InlineData("004_", false)]
    public void Recognizes_OnlyTheAnnualPlan(string file, bool expected) =>
        Assert.Equal(expected, new AnnualPlanTableParser().Recognizes(TestSeeds.ReadDocument(file)));

    [Fact]
    public void Parse_ReadsSevenSectionsInOrder_InferringTheLostFirstHeading()
    {
        Assert.Equal(DocumentLayout.AnnualPlanTable, Document.Layout);
        Assert.Equal(
            [
                new ParsedSection("I", "CẢI CÁCH THỂ CHẾ", ReformArea.Institutions, 0),
                new ParsedSection("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)", ReformArea.Procedures, 134),
                new ParsedSection("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", ReformArea.Apparatus, 191),
                new ParsedSection("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", ReformArea.CivilService, 256),
                new ParsedSection(null, "CẢI CÁCH TÀI CHÍNH CÔNG", ReformArea.PublicFinance, 294),
                new ParsedSection(null, "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", ReformArea.DigitalGovernment, 331),
                new ParsedSection(null, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ReformArea.Direction, 405),
            ],
            Document.Sections);
    }

    [Fact]
    public void Parse_FindsTheTasksOfEachSection()
    {
        var perSection = Enumerable.Range(0, Document.Sections.Count)
            .Select(i => Document.Tasks.Count(t => t.SectionIndex == i));

        Assert.Equal([11, 7, 9, 5, 5, 11, 13], perSection);
        Assert.Empty(Document.Targets);
    }

    [Theory]
    [InlineData(0, 0, null, null, "Quyết định công bố Danh mục văn bản quy phạm pháp luật", "Tháng 02/2024", "Sở Tư pháp chủ trì hướng dẫn; các cơ quan, đơn vị liên quan phối hợp")]
    [InlineData(0, 10, "11", "Quy định hệ số điều chỉnh giá đất", "Quyết định quy phạm pháp luật", "Quý IV/2024", "Sở Tài chính chủ trì, phối hợp các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố")]
    [InlineData(1, 0, "1", "Rà soát, thực hiện tái cấu trúc quy trình", "TTHC được tái cấu trúc", "Thường xuyên", "- Các cơ quan, đơn vị, địa phương chủ động rà soát, đề xuất tái cấu trúc các thủ tục hành chính, dịch vụ công của tỉnh\n- Văn phòng Ủy ban nhân dân tỉnh tổng hợp, trình cấp có thẩm quyền xem xét, quyết định")]
    [InlineData(1, 6, "7", "Quản lý, vận hành và phát triển Cổng tham vấn", "- Các quy định được cập nhật đầy đủ, chính xác, kịp thời và công khai trên Cổng\n- Các quy định dự kiến ban hành", "Theo hướng dẫn của Văn phòng Chính phủ", "- Văn phòng Ủy ban nhân dân tỉnh chủ trì triển khai\n- Các sở, ban, ngành và các cơ quan liên quan phối hợp")]
    [InlineData(2, 0, "1", "Tiếp tục hoàn thiện Bản hướng dẫn về chức năng", "Quyết định của Ủy ban nhân dân tỉnh", "Theo tiến độ triển khai của Trung ương", "Các sở, ban, ngành phối hợp với Ủy ban nhân dân cấp huyện")]
    [InlineData(2, 8, "9", "Xây dựng Đề án tổng thể về xây dựng Khánh Hòa", "Đề án tổng thể được Ủy ban nhân dân tỉnh phê duyệt", "Từ năm 2024- 2025", "Sở Nội vụ chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố")]
    [InlineData(3, 0, "1", "Tiếp tục triển khai các nghị định của Chính phủ", "Các quy định, chỉ đạo triển khai thực hiện", "Theo tiến độ triển khai của cấp có thẩm quyền", "Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh")]
    [InlineData(3, 4, "5", "Triển khai thực hiện chính sách tiền lương mới", "Kế hoạch, văn bản triển khai của Ủy ban nhân dân tỉnh", "Theo tiến độ triển khai của Trung ương", "Sở Nội vụ, Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành tham mưu")]
    [InlineData(4, 0, "1", "Ban hành danh mục dịch vụ sự nghiệp công", "Danh mục được phê duyệt", "Trong năm 2024", "- Cơ quan được ủy quyền giao nhiệm vụ, đặt hàng, đấu thầu cung cấp sản phẩm, dịch vụ sự nghiệp công chủ trì\n- Sở Tài chính tham gia ý kiến")]
    [InlineData(4, 4, "4", "Thực hiện xử lý các cơ sở nhà đất", "Quyết định bán, điều chuyển", "Năm 2024", "- Các cơ quan đơn vị có tài sản gửi hồ sơ về Sở Tài chính thẩm định\n- Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt")]
    [InlineData(5, 0, "1", "Xây dựng Kho dữ liệu dùng chung tỉnh Khánh Hòa", "- Thực hiện chia sẻ, tích hợp dữ liệu thông suốt", "Trong năm 2024", "Sở Thông tin và Truyền thông chủ trì phối hợp với các sở, ban, ngành có liên quan")]
    [InlineData(5, 10, "11", "Bổ sung chức năng trên phần mềm một cửa", "Phần mềm một cửa hành chính công của tỉnh được cập nhật, bổ sung chức năng", "Năm 2024", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông, Trung tâm Phục vụ hành chính công thực hiện")]
    [InlineData(6, 0, "1", "Công bố Chỉ số và xếp hạng kết quả CCHC năm 2023", "Quyết định của UBND tỉnh", "Tháng 01/2024", "Sở Nội vụ chủ trì, tham mưu UBND tỉnh")]
    [InlineData(6, 12, "13", "Nghiên cứu, khảo sát mô hình, kinh nghiệm CCHC", "- Kế hoạch của UBND tỉnh\n- Các văn bản triển khai", "- Ban hành Kế hoạch trong Quý II/2024\n- Tổ chức triển khai theo kế hoạch", "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan")]
    public void Parse_ReadsFirstAndLastRowOfEachSection(int section, int index, string? number, string? titleStart,
        string productStart, string deadline, string responsibilityStart)
    {
        var task = Document.Tasks.Where(t => t.SectionIndex == section).ElementAt(index);

        Assert.Equal(number, task.Number);
        if (titleStart is null)
        {
            Assert.Null(task.Title);
        }
        else
        {
            Assert.StartsWith(titleStart, task.Title);
        }

        Assert.StartsWith(productStart, task.Product);
        Assert.Equal(deadline, task.DeadlineText);
        Assert.StartsWith(responsibilityStart, task.ResponsibilityText);
        Assert.Null(task.LeadText);
        Assert.Null(task.CoordinatingText);
    }

    [Fact]
    public void Parse_KeepsBothTasksNumberedFourInPublicFinance()
    {
        var fours = Document.Tasks.Where(t => t.SectionIndex == 4 && t.Number == "4").ToList();

        Assert.Equal(2, fours.Count);
        Assert.StartsWith("Xây dựng tiêu chuẩn, định mức sử dụng xe ô tô", fours[0].Title);
        Assert.StartsWith("Thực hiện xử lý các cơ sở nhà đất", fours[1].Title);
        Assert.Equal([319, 325], fours.Select(t => t.Line));
        Assert.Contains(Document.Warnings, w => w.Line == 325 && w.Message.Contains("twice"));
    }

    [Fact]
    public void Parse_KeepsTheFirstRowWhoseNumberAndTitleAreLost_WithWarnings()
    {
        var first = Document.Tasks[0];

        Assert.Equal((0, null, null, 68), (first.SectionIndex, first.Number, first.Title, first.Line));
        Assert.Equal("Quyết định công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh", first.Product);
        Assert.Contains(Document.Warnings, w => w.Line == 68 && w.Message.Contains("without number and task title"));
        Assert.Contains(Document.Warnings, w => w.Line == 68 && w.Message.Contains("heading of the first section is missing"));
    }

    [Fact]
    public void Parse_WarnsAboutExactlyTheDefectsOfTheDocument() =>
        Assert.Equal([68, 68, 294, 325, 331, 405], Document.Warnings.Select(w => w.Line));

    [Fact]
    public void Parse_NeverReadsAHeadingOrHeaderAsATask()
    {
        var headings = Document.Sections.Select(s => VietnameseText.Fold(s.Title)).ToHashSet();

        Assert.All(Document.Tasks, task =>
        {
            Assert.NotNull(task.DeadlineText);
            Assert.NotNull(task.ResponsibilityText);
            if (task.Title is not null)
            {
                Assert.DoesNotContain(VietnameseText.Fold(task.Title), headings);
                Assert.False(ColumnHeaders.IsLabel(task.Title));
                Assert.True(task.Title.Any(char.IsLower), task.Title);
            }
        });
    }

    [Fact]
    public void Parse_PointsEachTaskAtTheLineOfItsNumberOrFirstCell()
    {
        Assert.All(Document.Tasks, task =>
        {
            var line = Lines[task.Line - 1].Trim();
            Assert.Equal(task.Number ?? task.Title?[..20] ?? task.Product![..20], line.Length > 20 ? line[..20] : line);
        });
        Assert.All(Document.Tasks.Where(t => t.Number is not null), task =>
            Assert.StartsWith(task.Title![..20], Lines[task.Line].Trim()));
    }

    [Fact]
    public void Parse_SkipsColumnHeadersReprintedAfterAPageBreak_AndHeadingsReprintedInASection()
    {
        const string text = "PHỤ LỤC\n\tI\n\tCẢI CÁCH THỂ CHẾ\n\n\t1\n\tBan hành quy định A\n\tQuyết định\n\tQuý I/2024\n\tSở Tư pháp chủ trì\n"
            + "\tTT\n\tNhiệm vụ\n\tSản phẩm\n\tThời gian hoàn thành\n\tTrách nhiệm thực hiện\n\tCẢI CÁCH THỂ CHẾ\n"
            + "\t2\n\tBan hành quy định B\n\tNghị quyết\n\tNăm 2024\n\tSở Nội vụ chủ trì\n- Các sở phối hợp\n"
            + "\tTT\tNhiệm vụ\tSản phẩm\tThời gian hoàn thành\tTrách nhiệm thực hiện\n"
            + "\t3\n\tBan hành quy định C\n\tĐề án\n\tTháng 6/2024\n\tSở Tài chính chủ trì\n";

        var document = new AnnualPlanTableParser().Parse(text);

        Assert.Single(document.Sections);
        Assert.Equal(["Ban hành quy định A", "Ban hành quy định B", "Ban hành quy định C"], document.Tasks.Select(t => t.Title));
        Assert.Equal("Sở Nội vụ chủ trì\n- Các sở phối hợp", document.Tasks[1].ResponsibilityText);
        Assert.Empty(document.Warnings);
    }
}
