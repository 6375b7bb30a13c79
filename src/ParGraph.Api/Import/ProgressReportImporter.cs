using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Reports;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Import;

/// <summary>
/// A progress report's results become the SNV's report for its period, one entry per task with the
/// result text. The report stands as submitted; once the PAR office returns it for editing, the
/// importer no longer writes its entries.
/// </summary>
internal static class ProgressReportImporter
{
    /// <summary>The consolidated progress reports of the seeds are the Department of Home Affairs'.</summary>
    public const string ReportingAgency = "SNV";

    public static async Task ApplyAsync(
        ParGraphDbContext db,
        Plan plan,
        IReadOnlyList<(ResolvedTask Row, PlanTask Task)> tasks,
        (DateOnly Start, DateOnly End)? period,
        ImportReport report,
        CancellationToken ct)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == ReportingAgency, ct);
        var (start, end) = period ?? FirstHalf(plan.PeriodStart?.Year ?? DateTime.UtcNow.Year);
        if (agency is null)
        {
            report.Warnings.Add(new ImportWarning(0, $"Agency {ReportingAgency} is not in the registry; the report was not created."));
            return;
        }

        var reportingPeriod = await PeriodAsync(db, start, end, ct);
        var existing = plan.Id == 0 || reportingPeriod.Id == 0 ? null : await db.Reports.Include(r => r.Entries)
            .FirstOrDefaultAsync(r => r.AgencyId == agency.Id && r.PeriodId == reportingPeriod.Id && r.PlanId == plan.Id, ct);
        var target = existing ?? db.Reports.Add(new Report
        {
            Agency = agency, Period = reportingPeriod, Plan = plan, Status = ReportStatus.Submitted, CreatedAt = DateTimeOffset.UtcNow,
        }).Entity;
        if (target.Status != ReportStatus.Submitted)
        {
            report.Warnings.Add(new ImportWarning(0, $"The {reportingPeriod.Kind} {reportingPeriod.Year} report is {target.Status}; its entries were left as they are."));
            return;
        }

        var entries = target.Entries.ToDictionary(e => e.TaskId);
        foreach (var (row, task) in tasks)
        {
            if (task.Id != 0 && entries.TryGetValue(task.Id, out var entry))
            {
                entry.Result = row.Row.ResultText;
            }
            else
            {
                target.Entries.Add(new ReportEntry { Task = task, Result = row.Row.ResultText });
            }
        }

        await db.SaveChangesAsync(ct);
        report.ReportId = target.Id;
    }

    private static (DateOnly, DateOnly) FirstHalf(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));

    private static async Task<ReportingPeriod> PeriodAsync(ParGraphDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var kind = end.Month switch
        {
            3 => PeriodKind.Q1,
            6 => PeriodKind.H1,
            9 => PeriodKind.Q3,
            _ => PeriodKind.Year,
        };
        return await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Year == end.Year && p.Kind == kind, ct)
            ?? db.ReportingPeriods.Add(new ReportingPeriod { Year = end.Year, Kind = kind, Start = start, End = end, Due = end }).Entity;
    }
}
