using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>Every numeric target of the programme 2021-2030 (003), from an independent reading of the real text.</summary>
public sealed class ProgrammeTargetTests
{
    private static readonly Lazy<ParsedDocument> Document = new(() => new ProgrammeParser().Parse(TestSeeds.ReadDocument("003_")));

    /// <summary>Line · area · indicator (start) · year · value; all "≥ value %" (bare numbers and "tối thiểu", "từ … trở lên").</summary>
    public static TheoryData<int, ReformArea, string, int, double> Expected => new()
    {
        { 117, ReformArea.Procedures, "Hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ", 2025, 80 },
        { 119, ReformArea.Procedures, "Tỷ lệ giao dịch thanh toán trực tuyến", 2025, 30 },
        { 123, ReformArea.Procedures, "Thủ tục hành chính có đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4", 2025, 100 },
        { 125, ReformArea.Procedures, "Mức độ hài lòng của người dân, tổ chức, doanh nghiệp về giải quyết thủ tục hành chính", 2025, 90 },
        { 125, ReformArea.Procedures, "Mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư", 2025, 85 },
        { 127, ReformArea.Procedures, "Thủ tục hành chính nội bộ giữa cơ quan hành chính nhà nước được công bố", 2025, 100 },
        { 133, ReformArea.Procedures, "Tỷ lệ giao dịch thanh toán trực tuyến", 2030, 50 },
        { 135, ReformArea.Procedures, "Số lượng người dân, tổ chức, doanh nghiệp tham gia hệ thống Chính phủ điện tử được xác thực", 2030, 90 },
        { 137, ReformArea.Procedures, "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính", 2030, 95 },
        { 137, ReformArea.Procedures, "Mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư", 2030, 90 },
        { 165, ReformArea.Apparatus, "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", 2025, 90 },
        { 165, ReformArea.Apparatus, "Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập", 2025, 85 },
        { 171, ReformArea.Apparatus, "Giảm bình quân biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2025", 2030, 10 },
        { 173, ReformArea.Apparatus, "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", 2030, 95 },
        { 173, ReformArea.Apparatus, "Mức độ hài lòng của người dân, tổ chức, doanh nghiệp về cung cấp dịch vụ y tế, giáo dục công lập", 2030, 90 },
        { 225, ReformArea.PublicFinance, "Giảm bình quân chi trực tiếp từ ngân sách nhà nước cho đơn vị sự nghiệp công lập so với giai đoạn 2021-2025", 2030, 15 },
        { 243, ReformArea.DigitalGovernment, "Dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập", 2025, 100 },
        { 243, ReformArea.DigitalGovernment, "Hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", 2025, 90 },
        { 243, ReformArea.DigitalGovernment, "Hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", 2025, 80 },
        { 243, ReformArea.DigitalGovernment, "Hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", 2025, 60 },
        { 243, ReformArea.DigitalGovernment, "Hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số", 2025, 50 },
        { 245, ReformArea.DigitalGovernment, "Người dân, tổ chức, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh", 2025, 100 },
        { 249, ReformArea.DigitalGovernment, "Dịch vụ công trực tuyến mức độ 4 được cung cấp trên cơ sở khai thác kho dữ liệu", 2030, 100 },
        { 249, ReformArea.DigitalGovernment, "Hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số", 2030, 70 },
    };

    [Fact]
    public void Targets_AreExactlyThoseOfAnIndependentReading_InOrder()
    {
        var targets = Document.Value.Targets;
        var rows = Expected.Select(r => ((int)r[0], (ReformArea)r[1], (string)r[2], (int)r[3], (double)r[4])).ToList();

        Assert.Equal(rows.Count, targets.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, area, indicator, year, value) = rows[i];
            Assert.Equal((line, area, year, value), (targets[i].Line, targets[i].Area!.Value, targets[i].Year, targets[i].Value));
            Assert.StartsWith(indicator, targets[i].Indicator, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Target_IsRead(int line, ReformArea area, string indicator, int year, double value) =>
        Assert.Contains(Document.Value.Targets, t => t.Line == line && t.Area == area && t.Year == year && t.Value == value
            && t.Indicator.StartsWith(indicator, StringComparison.Ordinal)
            && t.Comparator == Comparator.Gte && t.Unit == KpiUnit.Percent);

    [Fact]
    public void Targets_KeepTheirTextAndNoNumberInTheIndicator()
    {
        Assert.All(Document.Value.Targets, t =>
        {
            Assert.Contains($"{t.Value}%", t.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("%", t.Indicator, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?i)đạt|tối thiểu|trở lên|(đến|trong) năm", t.Indicator);
        });
    }

    [Fact]
    public void DocumentNumbersDatesAndCounts_GiveNoTargets()
    {
        Assert.DoesNotContain(Document.Value.Targets, t => t.Line < 113 || t.Line > 249);
        Assert.DoesNotContain(Document.Value.Targets, t => t.Value is 76 or 4831 or 1131 or 2021 or 2025 or 2030 or 3 or 4 or 6);
    }
}
