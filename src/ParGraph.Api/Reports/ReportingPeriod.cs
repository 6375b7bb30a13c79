namespace ParGraph.Api.Reports;

/// <summary>A reporting period: a year and Q1, H1 (6 tháng), Q3 (9 tháng) or YEAR.</summary>
public sealed class ReportingPeriod
{
    public int Id { get; set; }

    public int Year { get; set; }

    public PeriodKind Kind { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    /// <summary>Date by which agencies must submit their reports.</summary>
    public DateOnly Due { get; set; }
}
