using ParGraph.Api.Reports;

namespace ParGraph.Api.Tests.Reports;

public sealed class ReportingOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndCumulativeFromJanuary()
    {
        var options = new ReportingOptions();

        Assert.Null(options.Problem());
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 15)), options.For(PeriodKind.Q3).Resolve(2024));
        Assert.Equal(new DateOnly(2024, 12, 31), options.For(PeriodKind.Year).Resolve(2024).End);
    }

    [Fact]
    public void Resolve_WithDueInTheNextYear_MovesOnlyTheDueDate()
    {
        var rule = new PeriodRule { Start = "01-01", End = "12-31", Due = "01-10", DueYearOffset = 1 };

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 10)), rule.Resolve(2024));
    }

    [Theory]
    [InlineData("01-01", "02-29", "03-15", 0, "End")]
    [InlineData("01-01", "3/31", "03-15", 0, "End")]
    [InlineData("04-01", "03-31", "04-15", 0, "End 03-31 is before Start")]
    [InlineData("01-01", "03-31", "13-01", 0, "Due")]
    [InlineData("02-01", "03-31", "01-15", 0, "Due 01-15 is before Start")]
    [InlineData("01-01", "03-31", "03-15", 2, "DueYearOffset")]
    public void Problem_WithAnInvalidRule_NamesTheKindAndTheField(string start, string end, string due, int offset, string expected)
    {
        var options = new ReportingOptions { H1 = new PeriodRule { Start = start, End = end, Due = due, DueYearOffset = offset } };

        var problem = options.Problem();

        Assert.NotNull(problem);
        Assert.StartsWith("Reporting:H1: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.True(new ReportingOptionsValidator().Validate(null, options).Failed);
    }
}
