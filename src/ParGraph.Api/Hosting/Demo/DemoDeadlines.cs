using ParGraph.Api.Tasks;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>Deadline text and dates of each <see cref="DeadlineKind"/>, as the documents print them.</summary>
internal sealed class DemoDeadlines
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    public (string? Text, DeadlineKind Kind, DateOnly? Start, DateOnly? Due) Create(Random random, DeadlineKind kind, int year)
    {
        var january = new DateOnly(year, 1, 1);
        switch (kind)
        {
            case DeadlineKind.Date:
                var day = january.AddDays(random.Next(365));
                return ($"Trước ngày {day:dd/MM/yyyy}", kind, null, day);
            case DeadlineKind.Month:
                var month = random.Next(1, 13);
                var first = new DateOnly(year, month, 1);
                return ($"Tháng {month}/{year}", kind, first, first.AddMonths(1).AddDays(-1));
            case DeadlineKind.Quarter:
                var quarter = random.Next(4);
                var start = january.AddMonths(3 * quarter);
                return ($"Quý {Quarters[quarter]}/{year}", kind, start, start.AddMonths(3).AddDays(-1));
            case DeadlineKind.HalfYear:
                return random.Next(2) == 0
                    ? ($"6 tháng đầu năm {year}", kind, january, new DateOnly(year, 6, 30))
                    : ($"6 tháng cuối năm {year}", kind, new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
            case DeadlineKind.Year:
                return ($"Năm {year}", kind, january, new DateOnly(year, 12, 31));
            case DeadlineKind.Range:
                return ($"{year}–{year + 1}", kind, january, new DateOnly(year + 1, 12, 31));
            case DeadlineKind.Recurring:
                return (random.Next(2) == 0 ? "Thường xuyên" : "Hằng quý", kind, january, new DateOnly(year, 12, 31));
            case DeadlineKind.Contingent:
                return ("Khi có yêu cầu", kind, null, null);
            default:
                return (null, DeadlineKind.Unspecified, null, null);
        }
    }
}
