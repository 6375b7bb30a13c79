using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParGraph.Api.Data;

namespace ParGraph.Api.Reports;

/// <summary>Finds a year's reporting period, creating its row from <see cref="ReportingOptions"/> on first use.</summary>
public sealed class ReportingPeriods(IOptions<ReportingOptions> options)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The period's row; a new one is added to <paramref name="db"/> (saved with the caller's change).</summary>
    public async Task<ReportingPeriod> EnsureAsync(ParGraphDbContext db, int year, PeriodKind kind, CancellationToken ct)
    {
        if (await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Year == year && p.Kind == kind, ct) is { } period)
        {
            return period;
        }

        var (start, end, due) = options.Value.For(kind).Resolve(year);
        return db.ReportingPeriods.Add(new ReportingPeriod { Year = year, Kind = kind, Start = start, End = end, Due = due }).Entity;
    }
}
