using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>The objectives of the 2024 annual plan (000), read independently from the real text.</summary>
public sealed class AnnualPlanObjectivesTests
{
    private static readonly string Text = TestSeeds.ReadDocument("000_");

    /// <summary>Line · indicator (start) · comparator · value · unit — every numeric objective of section I, all for 2024.</summary>
    public static TheoryData<int, string, Comparator, double, KpiUnit> Expected => new()
    {
        { 30, "Cắt giảm thông tin phải khai báo", Comparator.Gte, 20, KpiUnit.Percent },
        { 31, "Hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện số hóa", Comparator.Gte, 100, KpiUnit.Percent },
        { 31, "Kết quả của các thủ tục hành chính được cung cấp đồng thời cả bản điện tử", Comparator.Gte, 100, KpiUnit.Percent },
        { 32, "Thủ tục hành chính có yêu cầu nghĩa vụ tài chính đủ điều kiện được triển khai thanh toán trực tuyến", Comparator.Gte, 100, KpiUnit.Percent },
        { 32, "Tỷ lệ giao dịch thanh toán trực tuyến", Comparator.Gt, 35, KpiUnit.Percent },
        { 39, "Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước", Comparator.Gt, 87, KpiUnit.Percent },
        { 39, "Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của đơn vị sự nghiệp công lập", Comparator.Gt, 87, KpiUnit.Percent },
        { 41, "Chỉ số Cải cách hành chính (PAR Index)", Comparator.Lte, 25, KpiUnit.Rank },
        { 41, "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)", Comparator.Lte, 25, KpiUnit.Rank },
        { 41, "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI)", Comparator.Lte, 25, KpiUnit.Rank },
        { 41, "Chỉ số Chuyển đổi số (DTI)", Comparator.Lte, 25, KpiUnit.Rank },
    };

    [Fact]
    public void Objectives_GiveExactlyTheTargetsOfAnIndependentReading()
    {
        var warnings = new List<ImportWarning>();

        var targets = AnnualPlanObjectivesReader.Read(Text, 2024, warnings);

        Assert.Empty(warnings);
        Assert.Equal(Expected.Count, targets.Count);
        var rows = Expected.Select(row => ((int)row[0], (string)row[1], (Comparator)row[2], (double)row[3], (KpiUnit)row[4])).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, indicator, comparator, value, unit) = rows[i];
            Assert.Equal((line, comparator, value, unit, 2024), (targets[i].Line, targets[i].Comparator, targets[i].Value, targets[i].Unit, targets[i].Year));
            Assert.StartsWith(indicator, targets[i].Indicator, StringComparison.Ordinal);
            Assert.Null(targets[i].Area);
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Objective_IsRead(int line, string indicator, Comparator comparator, double value, KpiUnit unit)
    {
        var targets = AnnualPlanObjectivesReader.Read(Text, 2024, []);

        Assert.Contains(targets, t => t.Line == line && t.Indicator.StartsWith(indicator, StringComparison.Ordinal)
            && t.Comparator == comparator && t.Value == value && t.Unit == unit && t.Year == 2024);
    }

    [Fact]
    public void SatisfactionAndOnlinePayment_AreTheDesignExamples()
    {
        var targets = AnnualPlanObjectivesReader.Read(Text, 2024, []);

        var satisfaction = targets.First(t => t.Indicator.StartsWith("Mức độ hài lòng", StringComparison.Ordinal));
        Assert.Equal((Comparator.Gt, 87.0, 2024), (satisfaction.Comparator, satisfaction.Value, satisfaction.Year));
        Assert.Contains("đạt trên 87%", satisfaction.Text, StringComparison.Ordinal);
        var payment = Assert.Single(targets, t => t.Indicator == "Tỷ lệ giao dịch thanh toán trực tuyến");
        Assert.Equal((Comparator.Gt, 35.0, 2024), (payment.Comparator, payment.Value, payment.Year));
    }

    [Fact]
    public void DocumentNumbersDatesAndTheAppendix_GiveNoTargets()
    {
        var targets = AnnualPlanObjectivesReader.Read(Text, 2024, []);

        var appendix = Text.Split('\n').ToList().FindIndex(l => l.StartsWith("PHỤ LỤC", StringComparison.Ordinal)) + 1;
        Assert.All(targets, t => Assert.InRange(t.Line, 26, appendix - 1));
        Assert.DoesNotContain(targets, t => t.Value is 2021 or 2022 or 2023 or 2030 or 2045 or 76 or 4831 or 3049 or 9 or 55);
    }
}
