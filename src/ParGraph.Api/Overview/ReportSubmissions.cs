using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParGraph.Api.Agencies;
using ParGraph.Api.Data;
using ParGraph.Api.Reports;

namespace ParGraph.Api.Overview;

/// <summary>
/// Report submission for the current and the previous period: every agency assigned (itself or through a group)
/// to a task of the plans in force, with the status of its report for the period (any plan). Two SQL statements.
/// </summary>
public sealed class ReportSubmissions(IDbContextFactory<ParGraphDbContext> factory, IOptions<ReportingOptions> options)
{
    private static readonly PeriodKind[] Order = [PeriodKind.Q1, PeriodKind.H1, PeriodKind.Q3, PeriodKind.Year];

    public async Task<IReadOnlyList<PeriodSubmission>> ForAsync(OverviewScope scope, DateOnly today, CancellationToken ct)
    {
        var periods = CurrentAndPrevious(scope.Year, today);
        await using var db = await factory.CreateDbContextAsync(ct);
        var planIds = scope.PlanIds;
        var assigned = db.TaskAssignments.Where(a => planIds.Contains(a.Task!.PlanId)).Select(a => a.AgencyId);
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.Kind != AgencyKind.Group && (assigned.Contains(a.Id) || a.Groups.Any(g => assigned.Contains(g.Id))))
            .OrderBy(a => a.Code).ToListAsync(ct);
        var years = periods.Select(p => p.Year).Distinct().ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => years.Contains(r.Period!.Year) && r.SubmittedAt != null)
            .Select(r => new { r.AgencyId, r.Period!.Year, r.Period.Kind, r.SubmittedAt, r.SubmittedLate })
            .ToListAsync(ct);
        return [.. periods.Select(period => new PeriodSubmission(period, [.. agencies.Select(agency =>
        {
            var submitted = reports.Where(r => r.AgencyId == agency.Id && r.Year == period.Year && r.Kind == period.Kind)
                .OrderBy(r => r.SubmittedLate).ThenBy(r => r.SubmittedAt).ToList();
            return new AgencySubmission(agency, SubmissionRules.Judge(submitted.Select(r => r.SubmittedLate), period.Due, today),
                submitted.FirstOrDefault()?.SubmittedAt);
        })]))];
    }

    /// <summary>
    /// The latest period of the year whose due date has passed (else the previous year's annual report) and the
    /// one before it, newest first.
    /// </summary>
    private List<ReportingPeriod> CurrentAndPrevious(int year, DateOnly today)
    {
        var all = new[] { year - 1, year }.SelectMany(y => Order.Select(kind => Period(y, kind))).ToList();
        var current = all.FindLastIndex(p => p.Due < today);
        current = current < 0 ? all.FindIndex(p => p.Year == year) : current;
        return current > 0 ? [all[current], all[current - 1]] : [all[current]];
    }

    private ReportingPeriod Period(int year, PeriodKind kind)
    {
        var (start, end, due) = options.Value.For(kind).Resolve(year);
        return new ReportingPeriod { Year = year, Kind = kind, Start = start, End = end, Due = due };
    }
}
