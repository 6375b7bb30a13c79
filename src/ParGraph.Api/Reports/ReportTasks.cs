using System.Linq.Expressions;
using ParGraph.Api.Data;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>The tasks a report has entries for.</summary>
public static class ReportTasks
{
    /// <summary>
    /// Tasks the agency leads or coordinates — itself or through a group it belongs to (e.g. "Các sở, ban,
    /// ngành") — that are neither deleted nor cancelled, of <paramref name="planId"/> or else of every plan
    /// in force in <paramref name="year"/>, in document order.
    /// </summary>
    public static IQueryable<PlanTask> For(ParGraphDbContext db, int agencyId, int year, int? planId)
    {
        var planIds = planId is { } id
            ? db.Plans.Where(p => p.Id == id).Select(p => p.Id)
            : db.Plans.Where(InForce(year)).Select(p => p.Id);
        return db.Tasks
            .Where(t => planIds.Contains(t.PlanId) && t.Status != TaskStatus.Cancelled)
            .Where(t => t.Assignments.Any(a => a.AgencyId == agencyId
                || db.Agencies.Any(g => g.Id == a.AgencyId && g.Members.Any(m => m.Id == agencyId))))
            .OrderBy(t => t.PlanId).ThenBy(t => t.Position).ThenBy(t => t.Id);
    }

    /// <summary>
    /// Plans in force in <paramref name="year"/>: not drafts, and their period covers the year (an open end
    /// counts as covering); a plan without any period, only in the year it was issued.
    /// </summary>
    public static Expression<Func<Plan, bool>> InForce(int year) =>
        p => p.Status != PlanStatus.Draft
            && (((p.PeriodStart != null || p.PeriodEnd != null)
                 && (p.PeriodStart == null || p.PeriodStart.Value.Year <= year)
                 && (p.PeriodEnd == null || p.PeriodEnd.Value.Year >= year))
                || (p.PeriodStart == null && p.PeriodEnd == null && p.IssuedOn != null && p.IssuedOn.Value.Year == year));
}
