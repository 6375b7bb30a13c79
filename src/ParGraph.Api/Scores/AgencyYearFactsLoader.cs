using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParGraph.Api.Agencies;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Kpis;
using ParGraph.Api.Reports;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Scores;

/// <summary>
/// Counts every scored agency's year in four SQL statements, whatever the number of agencies: the agencies, the
/// led tasks due in the year, the submitted reports of the year, and the agencies' KPI measurements with the
/// year's targets. Timeliness and attainment are judged in C# by <see cref="TimelinessRules"/> and
/// <see cref="ComparatorExtensions.IsMetBy"/>, the rules the rest of the API uses.
/// </summary>
public sealed class AgencyYearFactsLoader(ProvinceClock clock, IOptions<ReportingOptions> reporting)
{
    /// <summary>Scored agencies: not groups, not bodies outside the provincial administration, not dissolved before the year nor created after it.</summary>
    public async Task<List<(int Id, string Code, AgencyYearFacts Facts)>> LoadAsync(ParGraphDbContext db, int year, CancellationToken ct)
    {
        var (first, last, today) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), clock.Today);
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.Kind != AgencyKind.Group && a.Kind != AgencyKind.External
                && (a.ValidFrom == null || a.ValidFrom <= last) && (a.ValidTo == null || a.ValidTo >= first))
            .Select(a => new { a.Id, a.Code }).ToListAsync(ct);

        var tasks = (await db.TaskAssignments.AsNoTracking()
            .Where(a => a.Role == AssignmentRole.Lead && a.Task!.Status != TaskStatus.Cancelled
                && a.Task.Deadline.Due >= first && a.Task.Deadline.Due <= last)
            .Select(a => new { a.AgencyId, a.Task!.Status, a.Task.Deadline.Due, a.Task.CompletedOn })
            .ToListAsync(ct))
            .Select(t => (t.AgencyId, Timeliness: TimelinessRules.Evaluate(
                new PlanTask { Status = t.Status, CompletedOn = t.CompletedOn, Deadline = new Deadline { Due = t.Due } }, today)))
            .ToLookup(t => t.AgencyId, t => t.Timeliness);

        var duePeriods = Enum.GetValues<PeriodKind>().Select(k => (Kind: k, reporting.Value.For(k).Resolve(year).Due))
            .Where(p => p.Due < today).ToList();
        var reports = (await db.Reports.AsNoTracking()
            .Where(r => r.Period!.Year == year && r.SubmittedAt != null)
            .Select(r => new { r.AgencyId, r.Period!.Kind, r.SubmittedLate })
            .ToListAsync(ct))
            .ToLookup(r => r.AgencyId);

        var kpis = (await db.KpiMeasurements.AsNoTracking()
            .Where(m => m.AgencyId != null && m.On >= first && m.On <= last)
            .Join(db.KpiTargets.Where(t => t.Year == year), m => m.KpiId, t => t.KpiId,
                (m, t) => new { AgencyId = m.AgencyId!.Value, m.KpiId, m.On, m.Id, m.Value, t.Comparator, Target = t.Value })
            .ToListAsync(ct))
            .GroupBy(m => (m.AgencyId, m.KpiId))
            .Select(g => g.OrderByDescending(m => m.On).ThenByDescending(m => m.Id).First()) // the year's result: its latest value
            .ToLookup(m => m.AgencyId, m => m.Comparator.IsMetBy(m.Value, m.Target));

        return [.. agencies.Select(a =>
        {
            var led = tasks[a.Id].ToList();
            var decided = led.Count(t => t is Timeliness.CompletedOnTime or Timeliness.CompletedLate or Timeliness.Overdue);
            var credit = duePeriods.Sum(period => SubmissionRules.Judge(
                reports[a.Id].Where(r => r.Kind == period.Kind).Select(r => r.SubmittedLate), period.Due, today) switch
            {
                SubmissionStatus.OnTime => 1.0,
                SubmissionStatus.Late => 0.5,
                _ => 0.0, // missing: every period counted here is past its due date
            });
            var met = kpis[a.Id].ToList();
            return (a.Id, a.Code, new AgencyYearFacts(
                decided, led.Count(t => t == Timeliness.CompletedOnTime), led.Count(t => t == Timeliness.Overdue),
                duePeriods.Count, credit, met.Count, met.Count(m => m)));
        })];
    }
}
