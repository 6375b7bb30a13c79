using System.Globalization;

namespace ParGraph.Api.Reports;

/// <summary>
/// The reporting periods (section <c>Reporting</c>): per kind the first and last day and the due date,
/// each as <c>MM-dd</c> within the period's year (the due date <see cref="PeriodRule.DueYearOffset"/> years
/// later). Periods are cumulative from 1 January, as the province's 6- and 9-month reports are; the due date
/// defaults to the 15th of the period's last month, the day after the national data cut-off (the 14th).
/// </summary>
public sealed class ReportingOptions
{
    public const string SectionName = "Reporting";

    public PeriodRule Q1 { get; set; } = new() { Start = "01-01", End = "03-31", Due = "03-15" };

    public PeriodRule H1 { get; set; } = new() { Start = "01-01", End = "06-30", Due = "06-15" };

    public PeriodRule Q3 { get; set; } = new() { Start = "01-01", End = "09-30", Due = "09-15" };

    public PeriodRule Year { get; set; } = new() { Start = "01-01", End = "12-31", Due = "12-15" };

    public PeriodRule For(PeriodKind kind) => kind switch
    {
        PeriodKind.Q1 => Q1,
        PeriodKind.H1 => H1,
        PeriodKind.Q3 => Q3,
        _ => Year,
    };

    /// <summary>The first problem with the configuration, or null when every kind resolves in any year.</summary>
    public string? Problem() =>
        Enum.GetValues<PeriodKind>()
            .Select(kind => For(kind).Problem() is { } problem ? $"Reporting:{kind}: {problem}" : null)
            .FirstOrDefault(p => p is not null);
}

/// <summary>One kind of period: <c>MM-dd</c> days within the year.</summary>
public sealed class PeriodRule
{
    public string Start { get; set; } = "01-01";

    public string End { get; set; } = "12-31";

    public string Due { get; set; } = "12-31";

    /// <summary>0 when the report is due in the period's year, 1 when in the next (e.g. January for YEAR).</summary>
    public int DueYearOffset { get; set; }

    public (DateOnly Start, DateOnly End, DateOnly Due) Resolve(int year) =>
        (Day(Start, year), Day(End, year), Day(Due, year + DueYearOffset));

    internal string? Problem()
    {
        foreach (var (name, value) in new[] { ("Start", Start), ("End", End), ("Due", Due) })
        {
            // 2023 is no leap year: 02-29 would fail three years in four.
            if (!DateOnly.TryParseExact($"2023-{value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return $"{name} \"{value}\" is not a day of the year as MM-dd (e.g. 03-31; 02-29 is not allowed).";
            }
        }

        if (DueYearOffset is < 0 or > 1)
        {
            return "DueYearOffset must be 0 or 1.";
        }

        var (start, end, due) = Resolve(2023);
        return end < start ? $"End {End} is before Start {Start}."
            : due < start ? $"Due {Due} is before Start {Start}."
            : null;
    }

    private static DateOnly Day(string monthDay, int year) =>
        DateOnly.ParseExact($"{year:D4}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
