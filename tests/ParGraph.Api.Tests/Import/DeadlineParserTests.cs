using System.Globalization;
using ParGraph.Api.Import.Deadlines;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

public class DeadlineParserTests
{
    [Theory]
    [InlineData("Tháng 02/2024", null, DeadlineKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("Tháng 01/2024", null, DeadlineKind.Month, "2024-01-01", "2024-01-31")]
    [InlineData("Tháng 12/2024", null, DeadlineKind.Month, "2024-12-01", "2024-12-31")]
    [InlineData("tháng 6/2024", null, DeadlineKind.Month, "2024-06-01", "2024-06-30")]
    [InlineData("Tháng 6/2023", null, DeadlineKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("Tháng 9/2023", null, DeadlineKind.Month, "2023-09-01", "2023-09-30")]
    [InlineData("Tháng 11/2022", null, DeadlineKind.Month, "2022-11-01", "2022-11-30")]
    [InlineData("Tháng 11 năm 2022", null, DeadlineKind.Month, "2022-11-01", "2022-11-30")]
    [InlineData("THÁNG 02/2023", null, DeadlineKind.Month, "2023-02-01", "2023-02-28")]
    [InlineData("12/2024", null, DeadlineKind.Month, "2024-12-01", "2024-12-31")]
    [InlineData("Tháng 6", 2024, DeadlineKind.Month, "2024-06-01", "2024-06-30")]
    [InlineData("Quý III/2024", null, DeadlineKind.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("Quý I/ 2024", null, DeadlineKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Quý II/2024", null, DeadlineKind.Quarter, "2024-04-01", "2024-06-30")]
    [InlineData("Quý IV/2024", null, DeadlineKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Quý 4/2024", null, DeadlineKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("quý 2 năm 2025", null, DeadlineKind.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("Trong Quý I năm 2024", null, DeadlineKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Quý I/2024 (ban hành Kế hoạch)", null, DeadlineKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Quý II", 2024, DeadlineKind.Quarter, "2024-04-01", "2024-06-30")]
    [InlineData("6 tháng đầu năm 2024", null, DeadlineKind.HalfYear, "2024-01-01", "2024-06-30")]
    [InlineData("6 tháng cuối năm 2024", null, DeadlineKind.HalfYear, "2024-07-01", "2024-12-31")]
    [InlineData("06 tháng đầu năm", 2020, DeadlineKind.HalfYear, "2020-01-01", "2020-06-30")]
    [InlineData("Năm 2024", null, DeadlineKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("Trong năm 2024", null, DeadlineKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2025", null, DeadlineKind.Year, "2025-01-01", "2025-12-31")]
    [InlineData("Từ năm 2024- 2025", null, DeadlineKind.Range, "2024-01-01", "2025-12-31")]
    [InlineData("Từ năm 2024 - 2025", null, DeadlineKind.Range, "2024-01-01", "2025-12-31")]
    [InlineData("Giai đoạn 2023-2025", null, DeadlineKind.Range, "2023-01-01", "2025-12-31")]
    [InlineData("Từ năm 2024 đến năm 2026", null, DeadlineKind.Range, "2024-01-01", "2026-12-31")]
    [InlineData("Năm 2024 và năm 2025", null, DeadlineKind.Range, "2024-01-01", "2025-12-31")]
    [InlineData("Trước ngày 15/12/2022.", null, DeadlineKind.Date, null, "2022-12-15")]
    [InlineData("05/11/2022", null, DeadlineKind.Date, null, "2022-11-05")]
    [InlineData("ngày 30 tháng 6 năm 2023", null, DeadlineKind.Date, null, "2023-06-30")]
    [InlineData("Tháng 11/2022, chậm nhất tháng 03/2023.", null, DeadlineKind.Month, "2022-11-01", "2023-03-31")]
    [InlineData("Tháng 11/2022, chậm nhất tháng 03/2023", null, DeadlineKind.Month, "2022-11-01", "2023-03-31")]
    [InlineData("Tháng 11/2022, trước ngày 15/03/2023", null, DeadlineKind.Date, "2022-11-01", "2023-03-15")]
    [InlineData("- Ban hành Kế hoạch trong Quý II/2024\n- Tổ chức triển khai theo kế hoạch", null, DeadlineKind.Quarter, "2024-04-01", "2024-06-30")]
    [InlineData("<p>Thường xuyên</p>", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Thường xuyên", null, DeadlineKind.Recurring, null, null)]
    [InlineData("THƯỜNG XUYÊN.", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Mỗi năm ít nhất 02 lần", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Hằng năm", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Hàng năm, trước ngày 15/12", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Định kỳ hàng quý", null, DeadlineKind.Recurring, null, null)]
    [InlineData("Theo tiến độ của Trung ương", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Sau khi Đề án được phê duyệt", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Khi có hướng dẫn của Bộ Nội vụ", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Theo Quyết định số 1117/QĐ- UBND ngày 19/5/2023 của Ủy ban nhân dân tỉnh", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Sau khi các văn bản có liên quan theo Quyết định số 1015/QĐ-TTg ngày 30/8/2022 có hiệu lực thi hành.", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Trên cơ sở hướng dẫn của Bộ", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Tùy theo tình hình thực tế", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Chờ đến khi có hướng dẫn", null, DeadlineKind.Contingent, null, null)]
    [InlineData("Cho đến hết năm 2024", null, DeadlineKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("Chưa xác định", null, DeadlineKind.Unspecified, null, null)]
    [InlineData("Tháng 6", null, DeadlineKind.Unspecified, null, null)]
    [InlineData("Quý II", null, DeadlineKind.Unspecified, null, null)]
    public void Parse_ReadsKindAndDates(string text, int? planYear, DeadlineKind kind, string? start, string? due)
    {
        var deadline = DeadlineParser.Parse(text, planYear);

        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(Date(start), deadline.Start);
        Assert.Equal(Date(due), deadline.Due);
    }

    [Theory]
    [InlineData("  Quý  III/2024  ", "Quý III/2024")]
    [InlineData("Trước ngày 15/12/2022.", "Trước ngày 15/12/2022.")]
    [InlineData("<p>Thường xuyên</p>", "Thường xuyên")]
    [InlineData("- Ban hành Kế hoạch trong\tQuý II/2024\n\n- Tổ chức triển khai ", "- Ban hành Kế hoạch trong Quý II/2024\n- Tổ chức triển khai")]
    [InlineData("Không rõ", "Không rõ")]
    public void Parse_KeepsTextAsPrintedTrimmedAndSingleSpaced(string text, string expected) =>
        Assert.Equal(expected, DeadlineParser.Parse(text).Text);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_Blank_IsUnspecifiedWithoutText(string? text)
    {
        var deadline = DeadlineParser.Parse(text, 2024);

        Assert.Equal(DeadlineKind.Unspecified, deadline.Kind);
        Assert.Null(deadline.Text);
        Assert.Null(deadline.Start);
        Assert.Null(deadline.Due);
    }

    /// <summary>Every distinct deadline printed in 000 and 002, with its reading (an independent reading of the texts).</summary>
    public static TheoryData<string, DeadlineKind, string?, string?> SeedDeadlines => new()
    {
        // 000, annual plan 2024
        { "Tháng 02/2024", DeadlineKind.Month, "2024-02-01", "2024-02-29" },
        { "Tháng 01/2024", DeadlineKind.Month, "2024-01-01", "2024-01-31" },
        { "Tháng 12/2024", DeadlineKind.Month, "2024-12-01", "2024-12-31" },
        { "Quý I/ 2024", DeadlineKind.Quarter, "2024-01-01", "2024-03-31" },
        { "Quý I/2024", DeadlineKind.Quarter, "2024-01-01", "2024-03-31" },
        { "Quý I/2024 (ban hành Kế hoạch)", DeadlineKind.Quarter, "2024-01-01", "2024-03-31" },
        { "Quý II/2024", DeadlineKind.Quarter, "2024-04-01", "2024-06-30" },
        { "Quý III/2024", DeadlineKind.Quarter, "2024-07-01", "2024-09-30" },
        { "Quý IV/2024", DeadlineKind.Quarter, "2024-10-01", "2024-12-31" },
        { "- Ban hành Kế hoạch trong Quý II/2024\n- Tổ chức triển khai theo kế hoạch", DeadlineKind.Quarter, "2024-04-01", "2024-06-30" },
        { "Năm 2024", DeadlineKind.Year, "2024-01-01", "2024-12-31" },
        { "Trong năm 2024", DeadlineKind.Year, "2024-01-01", "2024-12-31" },
        { "Từ năm 2024- 2025", DeadlineKind.Range, "2024-01-01", "2025-12-31" },
        { "Từ năm 2024 - 2025", DeadlineKind.Range, "2024-01-01", "2025-12-31" },
        { "Thường xuyên", DeadlineKind.Recurring, null, null },
        { "Theo tiến độ của Trung ương", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ triển khai của Trung ương", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ khi có thêm hướng dẫn của Trung ương", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ triển khai của cấp có thẩm quyền", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ của Bộ Nội vụ", DeadlineKind.Contingent, null, null },
        { "Theo hướng dẫn, tiến độ của Bộ Nội vụ", DeadlineKind.Contingent, null, null },
        { "Theo hướng dẫn của Văn phòng Chính phủ", DeadlineKind.Contingent, null, null },
        { "Theo đề xuất của các cơ quan, đơn vị", DeadlineKind.Contingent, null, null },
        { "Theo chỉ đạo của Ủy ban nhân dân tỉnh và đề nghị của các địa phương", DeadlineKind.Contingent, null, null },
        { "Theo quy định", DeadlineKind.Contingent, null, null },
        { "Theo Quyết định số 1117/QĐ- UBND ngày 19/5/2023 của Ủy ban nhân dân tỉnh và Quyết định số 2426/QĐ-UBND ngày 11/10/2023 của Ủy ban nhân dân tỉnh", DeadlineKind.Contingent, null, null },
        { "Theo Quy chế hoạt động của Ban Chỉ đạo CCHC tỉnh (được ban hành kèm theo Quyết định số 2112/QĐ- BCĐCCHC ngày 06/9/2023)", DeadlineKind.Contingent, null, null },
        { "Sau khi Đề án được phê duyệt", DeadlineKind.Contingent, null, null },
        { "Sau khi Chính phủ ban hành Nghị định quy định chi tiết Luật Giá", DeadlineKind.Contingent, null, null },
        { "Sau khi các Chỉ số được công bố", DeadlineKind.Contingent, null, null },

        // 002, plan on Resolution 131/NQ-CP (2022)
        { "Giai đoạn 2023-2025", DeadlineKind.Range, "2023-01-01", "2025-12-31" },
        { "05/11/2022", DeadlineKind.Date, null, "2022-11-05" },
        { "Trước ngày 15/12/2022.", DeadlineKind.Date, null, "2022-12-15" },
        { "Tháng 11/2022", DeadlineKind.Month, "2022-11-01", "2022-11-30" },
        { "Tháng 11/2022, chậm nhất tháng 03/2023.", DeadlineKind.Month, "2022-11-01", "2023-03-31" },
        { "Tháng 11/2022, chậm nhất tháng 03/2023", DeadlineKind.Month, "2022-11-01", "2023-03-31" },
        { "Tháng 6/2023", DeadlineKind.Month, "2023-06-01", "2023-06-30" },
        { "Tháng 9/2023", DeadlineKind.Month, "2023-09-01", "2023-09-30" },
        { "Sau khi các văn bản quy phạm pháp luật có liên quan đến phân cấp trong giải quyết thủ tục hành chính theo Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ có hiệu lực thi hành.", DeadlineKind.Contingent, null, null },
        { "Sau khi có hướng dẫn của Văn phòng Chính phủ.", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ của các cơ quan trung ương.", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ của cơ quan trung ương.", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ của Đề án 06", DeadlineKind.Contingent, null, null },
        { "Theo tiến độ Nghị quyết số 02/NQ-CP", DeadlineKind.Contingent, null, null },
    };

    [Theory]
    [MemberData(nameof(SeedDeadlines))]
    public void Parse_SeedDeadline_ReadsAsAnIndependentReading(string text, DeadlineKind kind, string? start, string? due)
    {
        var deadline = DeadlineParser.Parse(text);

        Assert.Equal(text, deadline.Text);
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(Date(start), deadline.Start);
        Assert.Equal(Date(due), deadline.Due);
    }

    [Fact]
    public void SeedDocuments_PrintOnlyTheListedDeadlines_AndNoneIsUnspecified()
    {
        var printed = new AnnualPlanTableParser().Parse(TestSeeds.ReadDocument("000_")).Tasks
            .Concat(new ThematicPlanTableParser().Parse(TestSeeds.ReadDocument("002_")).Tasks)
            .Select(t => t.DeadlineText)
            .ToList();
        var listed = SeedDeadlines.Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(listed.Order(), printed.OfType<string>().Distinct().Order());
        Assert.All(printed.OfType<string>(), text => Assert.NotEqual(DeadlineKind.Unspecified, DeadlineParser.Parse(text).Kind));

        // The only task without a date of any kind: 002 task 27, whose deadline cell is empty.
        Assert.Single(printed, text => text is null);
    }

    private static DateOnly? Date(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
