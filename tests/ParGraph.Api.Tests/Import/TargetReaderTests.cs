using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Tests.Import;

public sealed class TargetReaderTests
{
    [Theory]
    [InlineData("Mức độ hài lòng của người dân đạt trên 87%.", Comparator.Gt, 87)]
    [InlineData("Mức độ hài lòng của người dân đạt tối thiểu 90%.", Comparator.Gte, 90)]
    [InlineData("Tỷ lệ hồ sơ được số hóa ít nhất 50%.", Comparator.Gte, 50)]
    [InlineData("Tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên.", Comparator.Gte, 30)]
    [InlineData("Tỷ lệ cán bộ được bồi dưỡng không dưới 70%.", Comparator.Gte, 70)]
    [InlineData("Tỷ lệ hồ sơ được số hóa đạt 100%.", Comparator.Gte, 100)]
    [InlineData("Tỷ lệ hồ sơ được số hóa đạt 95%.", Comparator.Gte, 95)]
    [InlineData("Tỷ lệ hồ sơ được số hóa bằng 100%.", Comparator.Eq, 100)]
    [InlineData("Tỷ lệ hồ sơ giải quyết trễ hạn dưới 2%.", Comparator.Lt, 2)]
    [InlineData("Tỷ lệ văn bản bị trả lại không quá 5%.", Comparator.Lte, 5)]
    [InlineData("Tỷ lệ văn bản bị trả lại tối đa 3,5%.", Comparator.Lte, 3.5)]
    [InlineData("80% hồ sơ công việc được xử lý qua môi trường mạng.", Comparator.Gte, 80)]
    public void ComparatorWord_GivesItsComparator(string text, Comparator comparator, double value)
    {
        var warnings = new List<ImportWarning>();

        var target = Assert.Single(TargetReader.Read(text, 7, 2024, ReformArea.Procedures, warnings));

        Assert.Empty(warnings);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(value, target.Value);
        Assert.Equal(KpiUnit.Percent, target.Unit);
        Assert.Equal(2024, target.Year);
        Assert.Equal(7, target.Line);
        Assert.Equal(ReformArea.Procedures, target.Area);
        Assert.Equal(text, target.Text);
        Assert.DoesNotMatch(@"\d|%|đạt|trên|tối thiểu|ít nhất|không dưới|dưới|không quá|tối đa|bằng|trở lên", target.Indicator);
    }

    [Fact]
    public void OneBulletWithTwoYears_GivesTwoTargets()
    {
        var targets = TargetReader.Read(
            "+ Tỷ lệ hồ sơ giải quyết trực tuyến đến năm 2025 đạt 90%, đến năm 2030 đạt 95%.", 1, null, null, []);

        Assert.Equal(
            [("Tỷ lệ hồ sơ giải quyết trực tuyến", 2025, 90.0), ("Tỷ lệ hồ sơ giải quyết trực tuyến", 2030, 95.0)],
            targets.Select(t => (t.Indicator, t.Year, t.Value)));
        Assert.All(targets, t => Assert.Equal(Comparator.Gte, t.Comparator));
    }

    [Fact]
    public void OneBulletWithTwoIndicators_GivesTwoTargets()
    {
        var targets = TargetReader.Read(
            "9. Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 87%, "
            + "đối với sự phục vụ của đơn vị sự nghiệp công lập đạt trên 85%.", 39, 2024, null, []);

        Assert.Equal(
            [
                ("Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước", 87.0),
                ("Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của đơn vị sự nghiệp công lập", 85.0),
            ],
            targets.Select(t => (t.Indicator, t.Value)));
    }

    [Fact]
    public void SharedPredicate_IsGivenToEachLeadingNumber()
    {
        var targets = TargetReader.Read("90% hồ sơ tại cấp tỉnh, 80% hồ sơ tại cấp huyện và 60% hồ sơ tại cấp xã được xử lý trên mạng.", 1, 2025, null, []);

        Assert.Equal(
            ["Hồ sơ tại cấp tỉnh được xử lý trên mạng", "Hồ sơ tại cấp huyện được xử lý trên mạng", "Hồ sơ tại cấp xã được xử lý trên mạng"],
            targets.Select(t => t.Indicator));
    }

    [Fact]
    public void Baseline_IsNotTheTargetYear()
    {
        var target = Assert.Single(TargetReader.Read("Tiếp tục giảm bình quân 10% biên chế so với năm 2025.", 1, 2030, null, []));

        Assert.Equal(2030, target.Year);
        Assert.Equal("Giảm bình quân biên chế so với năm 2025", target.Indicator);
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ giai đoạn 2021-2030.")]
    [InlineData("Tập trung vào 6 nội dung, trong 10 năm tới; cung cấp trực tuyến mức độ 3 và 4 ở 03 cấp.")]
    [InlineData("Quyết định số 3049/QĐ-UBND ngày 29 tháng 12 năm 2023; Điều 3.")]
    public void NumbersThatAreNotTargets_GiveNothing(string text)
    {
        var warnings = new List<ImportWarning>();

        Assert.Empty(TargetReader.Read(text, 1, 2024, null, warnings));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("Phấn đấu đạt 90%.", "no readable indicator")]
    [InlineData("Tỷ lệ hồ sơ được số hóa từ 30% đến 50%.", "several numbers")]
    [InlineData("Tỷ lệ hồ sơ được số hóa đạt 90% (năm trước: 85%).", "several numbers")]
    [InlineData("Tỷ lệ hồ sơ được số hóa đạt 90%.", "no year")]
    public void UnreadablePercentage_IsAWarning(string text, string problem)
    {
        var warnings = new List<ImportWarning>();

        Assert.Empty(TargetReader.Read(text, 12, problem == "no year" ? null : 2024, null, warnings));

        var warning = Assert.Single(warnings);
        Assert.Equal(12, warning.Line);
        Assert.Contains(problem, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RankInTheLeadingGroup_GivesOneRankTargetPerIndex()
    {
        var targets = TargetReader.Read(
            "Cải thiện các Chỉ số của tỉnh: Cải cách hành chính (PAR Index), Chuyển đổi số (DTI) trong nhóm 25 tỉnh, thành phố dẫn đầu cả nước.",
            41, 2024, null, []);

        Assert.Equal(["Chỉ số Cải cách hành chính (PAR Index)", "Chỉ số Chuyển đổi số (DTI)"], targets.Select(t => t.Indicator));
        Assert.All(targets, t => Assert.Equal((Comparator.Lte, 25.0, KpiUnit.Rank, 2024), (t.Comparator, t.Value, t.Unit, t.Year)));
    }
}
