using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

/// <summary>
/// openReport: creates an agency's DRAFT report for a period (the period's row on first use) with one entry per
/// task it leads or coordinates. Opening a DRAFT or RETURNED report again returns it, with entries added for
/// tasks assigned since; a SUBMITTED or APPROVED one cannot be opened (VALIDATION naming its state).
/// </summary>
public sealed class ReportOpeningService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, ReportingPeriods periods, EventPublisher events)
{
    public Task<ReportPayload> OpenAsync(OpenReportInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var caller = new CurrentUser(user);
        var code = (input.AgencyCode ?? "").Trim().ToUpperInvariant();
        if (code.Length is 0 or > 64)
        {
            throw ApiException.Validation("The agency code must not be empty and must be at most 64 characters.", "input.agencyCode");
        }

        if (input.Year is < ReportingPeriods.FirstYear or > ReportingPeriods.LastYear)
        {
            throw ApiException.Validation($"The year must be from {ReportingPeriods.FirstYear} to {ReportingPeriods.LastYear}, not {input.Year}.", "input.year");
        }

        var planId = GlobalId.DecodeOptionalInt32(input.PlanId, "Plan", "input.planId");
        if (!ReportAccess.CanWrite(caller, code))
        {
            throw ApiException.Forbidden($"Only editors of {code} and the SNV PAR office (par-admin) may open its reports.");
        }

        return factory.MutateAsync<ParGraphDbContext, ReportPayload>(async (db, ct) =>
        {
            var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == code, ct)
                ?? throw ApiException.Validation($"There is no agency with code \"{input.AgencyCode}\".", "input.agencyCode");
            if (agency.Kind == AgencyKind.Group)
            {
                throw ApiException.Validation($"{code} is a group of agencies; each member agency reports for itself.", "input.agencyCode");
            }

            if (planId is { } id && !await db.Plans.AnyAsync(p => p.Id == id, ct))
            {
                throw ApiException.Validation($"There is no plan with ID \"{input.PlanId}\".", "input.planId");
            }

            var period = await periods.EnsureAsync(db, input.Year, input.Period, ct);
            var report = period.Id == 0 ? null : await db.Reports.Include(r => r.Entries)
                .FirstOrDefaultAsync(r => r.AgencyId == agency.Id && r.PeriodId == period.Id && r.PlanId == planId, ct);
            var before = report is null ? null : ReportSnapshot.Of(report, code, period, report.Entries.Count);
            if (report is not null && !ReportStateMachine.Allows(report.Status, ReportStateMachine.Step.EditEntries))
            {
                throw new ApiException(
                    ErrorCodes.Validation,
                    $"{code} already has a {period.Kind.ToString().ToUpperInvariant()} {period.Year} report and it is {ReportStateMachine.Name(report.Status)}; it cannot be opened again.",
                    new Dictionary<string, object?> { ["field"] = "input.period", ["currentStatus"] = ReportStateMachine.Name(report.Status) });
            }

            report ??= db.Reports.Add(new Report
            {
                Agency = agency, Period = period, PlanId = planId, Status = ReportStatus.Draft, CreatedAt = clock.UtcNow,
            }).Entity;
            await AddMissingEntriesAsync(db, report, agency.Id, input.Year, planId, ct);
            if (before is not null)
            {
                ReportChanges.Touch(db, report);
            }

            await db.SaveChangesAsync(ct); // the id, for the audit entry; the transaction is still open
            AuditLog.Record(db, user, clock.UtcNow, "openReport", nameof(Report), report.Id.ToString(CultureInfo.InvariantCulture),
                before, ReportSnapshot.Of(report, code, period, report.Entries.Count), code);
            await events.PublishAsync(db, ReportEvent.Topic, ReportEvent.Of(ReportChangeKind.Opened, report, clock.UtcNow), ct);
            return new ReportPayload(report);
        }, $"{code}'s {input.Period} {input.Year} report was opened or changed by someone else at the same time; try again.", ct);
    }

    private static async Task AddMissingEntriesAsync(
        ParGraphDbContext db, Report report, int agencyId, int year, int? planId, CancellationToken ct)
    {
        var known = report.Entries.Select(e => e.TaskId).ToHashSet();
        var taskIds = await ReportTasks.For(db, agencyId, year, planId).Select(t => t.Id).ToListAsync(ct);
        foreach (var taskId in taskIds.Where(known.Add))
        {
            report.Entries.Add(new ReportEntry { TaskId = taskId });
        }
    }
}
