using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Reads 002 (plan on Resolution 131/NQ-CP) and checks it against an independent reading of the text.</summary>
public class ThematicPlanTableParserTests
{
    private static readonly string Text = TestSeeds.ReadDocument("002_");
    private static readonly string[] Lines = Text.Split('\n');
    private static readonly ParsedDocument Document = new ThematicPlanTableParser().Parse(Text);

    [Theory]
    [InlineData("000_", false)]
    [InlineData("001_", false)]
    [InlineData("002_", true)]
    [InlineData("003_", false)]
    [InlineData("004_", false)]
    public void Recognizes_OnlyTheThematicPlan(string file, bool expected) =>
        Assert.Equal(expected, new ThematicPlanTableParser().Recognizes(TestSeeds.ReadDocument(file)));

    [Fact]
    public void Parse_ReadsFourSectionsInOrder()
    {
        Assert.Equal(DocumentLayout.ThematicPlanTable, Document.Layout);
        Assert.Equal(
            [
                new ParsedSection("I", "Về cải cách thủ tục hành chính, cắt giảm quy định liên quan đến hoạt động kinh doanh", ReformArea.Procedures, 81),
                new ParsedSection("II", "Về nâng cao hiệu quả thực thi thủ tục hành chính phục vụ người dân, doanh nghiệp", ReformArea.Procedures, 91),
                new ParsedSection("III", "Hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp", ReformArea.Direction, 131),
                new ParsedSection("IV", "Các nhiệm vụ khác", ReformArea.Other, 147),
            ],
            Document.Sections);
    }

    [Fact]
    public void Parse_FindsFortyTasksNumberedInOrder()
    {
        var perSection = Enumerable.Range(0, Document.Sections.Count)
            .Select(i => Document.Tasks.Count(t => t.SectionIndex == i));

        Assert.Equal([5, 22, 8, 5], perSection);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Document.Tasks.Select(t => t.Number));
        Assert.Empty(Document.Targets);
    }

    [Theory]
    [InlineData("1", "Cắt giảm, đơn giản hóa thủ tục hành chính nội bộ trong tỉnh.", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố", "Văn phòng UBND tỉnh", "Giai đoạn 2023-2025", "Quyết định phê duyệt phương án đơn giản hóa")]
    [InlineData("5", "Theo dõi, hướng dẫn và đôn đốc các cơ quan", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố.", "Thường xuyên", "Các văn bản hướng dẫn và đôn đốc việc triển khai")]
    [InlineData("6", "Thực hiện nghiêm việc công khai, minh bạch", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố", "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông.", "05/11/2022", "100% thủ tục hành chính được công bố")]
    [InlineData("27", "Phối hợp với Văn phòng Chính phủ đề xuất sửa đổi Quyết định số 1291/QĐ-TTg", "Văn phòng UBND tỉnh", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Cục Thuế tỉnh, Bảo hiểm xã hội tỉnh và các cơ quan có liên quan.", null, "Văn bản góp ý sửa đổi Quyết định số 1291/QĐ-TTg")]
    [InlineData("28", "Tiếp tục thực hiện việc kết nối, khai thác", "Sở Thông tin và Truyền thông", "Các cơ quan có liên quan", "Thường xuyên", "Kết nối, chia sẻ dữ liệu phục vụ")]
    [InlineData("35", "Chuẩn hóa thông tin, dữ liệu và xây dựng khung Bộ chỉ số điều hành", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương có liên quan.", "Tháng 9/2023", "Chuẩn hóa thông tin, dữ liệu và xây dựng khung")]
    [InlineData("36", "Đẩy nhanh việc triển khai các nhiệm vụ, giải pháp tại Đề án 06", "Công an tỉnh", "Các cơ quan, đơn vị, địa phương có liên quan.", "Theo tiến độ của Đề án 06", "Các nhiệm vụ, giải pháp tại Đề án 06")]
    [InlineData("40", "Theo dõi, đôn đốc, kiểm tra việc thực hiện Nghị quyết số 131/NQ-CP", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", "Thường xuyên", "Các văn bản đôn đốc và báo cáo định kỳ.")]
    public void Parse_ReadsFirstAndLastRowOfEachSection(string number, string titleStart, string lead, string coordinating,
        string? deadline, string productStart)
    {
        var task = Document.Tasks.Single(t => t.Number == number);

        Assert.StartsWith(titleStart, task.Title);
        Assert.Equal(lead, task.LeadText);
        Assert.Equal(coordinating, task.CoordinatingText);
        Assert.Equal(deadline, task.DeadlineText);
        Assert.StartsWith(productStart, task.Product);
        Assert.Null(task.ResponsibilityText);
    }

    [Fact]
    public void Parse_JoinsRowsBrokenAcrossPageBreaks_ColumnByColumn()
    {
        var task2 = Document.Tasks.Single(t => t.Number == "2");
        var task24 = Document.Tasks.Single(t => t.Number == "24");
        var task39 = Document.Tasks.Single(t => t.Number == "39");

        Assert.EndsWith("theo Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ có hiệu lực thi hành.", task2.DeadlineText);
        Assert.StartsWith("Hướng dẫn Phòng Tư pháp, UBND cấp xã triển khai cung cấp dịch vụ chứng thực", task24.Title);
        Assert.Equal("Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông và các cơ quan có liên quan.", task24.CoordinatingText);
        Assert.Equal("Theo tiến độ của cơ quan trung ương.", task24.DeadlineText);
        Assert.Equal("Sau khi có hướng dẫn của Bộ Tư pháp, Sở Tư pháp hướng dẫn thực hiện theo quy định.", task24.Product);
        Assert.Equal("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", task39.LeadText);
        Assert.EndsWith("trong dự toán ngân sách hàng năm được cấp có thẩm quyền giao. Khuyến khích việc huy động theo quy định của pháp luật các nguồn kinh phí ngoài ngân sách nhà nước để triển khai Nghị quyết.", task39.Title);
    }

    [Fact]
    public void Parse_RemovesMarkup_KeepingParagraphsAsLines()
    {
        var task10 = Document.Tasks.Single(t => t.Number == "10");

        Assert.StartsWith("Đẩy nhanh tiến độ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo đúng quy định của Chính phủ tại Nghị định số 45/2020/NĐ-CP và Nghị định số 107/2021/NĐ-CP.\n- Đối với cấp tỉnh:", task10.Title);
        Assert.EndsWith("Thực hiện đầy đủ quy trình số hóa theo quy định từ ngày 01/6/2023. Riêng 25 dịch vụ công thiết yếu theo Quyết định số 06/QĐ-TTg, thực hiện đầy đủ quy trình số hóa từ ngày 01/7/2022.", task10.Title);
        Assert.Equal("Thường xuyên", task10.DeadlineText);
        Assert.Equal("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", task10.LeadText);
        Assert.All(Document.Tasks, t => Assert.DoesNotContain('<', string.Concat(t.Title, t.Product, t.LeadText, t.CoordinatingText, t.DeadlineText)));
    }

    [Fact]
    public void Parse_WarnsOnlyAboutTheMissingDeadlineOfTask27() =>
        Assert.Equal([new ImportWarning(128, "Task 27 has no deadline printed.")], Document.Warnings);

    [Fact]
    public void Parse_NeverReadsAHeaderRulerOrHeadingAsATask()
    {
        var headings = Document.Sections.Select(s => VietnameseText.Fold(s.Title)).ToHashSet();

        Assert.DoesNotContain(Document.Tasks, t => t.Line is 80 or 100);
        Assert.All(Document.Tasks, task =>
        {
            Assert.DoesNotContain(VietnameseText.Fold(task.Title!), headings);
            Assert.False(ColumnHeaders.IsLabel(task.Title!));
            Assert.DoesNotContain("---", task.Title);
        });
    }

    [Fact]
    public void Parse_PointsEachTaskAtTheLineOfItsNumber() =>
        Assert.All(Document.Tasks, task => Assert.StartsWith(task.Number + ".\t", Lines[task.Line - 1]));

    [Fact]
    public void Parse_SkipsTheHeaderReprintedAfterAPageBreak()
    {
        const string text = "PHỤ LỤC\nStt\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn Hoàn thành\tSản phẩm\n"
            + "I\tVề cải cách thủ tục hành chính\t\t\t\t\n1.\tNhiệm vụ A, phần đầu\tSở Tư pháp\tVăn phòng\tQuý I/2024\tQuyết định\n"
            + "\nStt\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn Hoàn thành\tSản phẩm\n"
            + "\tvà phần sau\t\tUBND tỉnh\t\t\n2.\tNhiệm vụ B\tSở Nội vụ\tCác sở\tNăm 2024\tKế hoạch\n";

        var document = new ThematicPlanTableParser().Parse(text);

        Assert.Equal(["1", "2"], document.Tasks.Select(t => t.Number));
        Assert.Equal("Nhiệm vụ A, phần đầu và phần sau", document.Tasks[0].Title);
        Assert.Equal("Văn phòng UBND tỉnh", document.Tasks[0].CoordinatingText);
        Assert.Empty(document.Warnings);
    }
}
