using System.Linq.Expressions;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Reports;

/// <summary>
/// The row rule for reports (README, Authentication): DRAFT and RETURNED reports only for the agency's own viewers and
/// editors and the SNV PAR office; SUBMITTED and APPROVED for every signed-in reader. Applied in SQL.
/// </summary>
public static class ReportAccess
{
    public static Expression<Func<Report, bool>> VisibleTo(CurrentUser user)
    {
        if (user.IsParAdmin)
        {
            return _ => true;
        }

        var codes = user.Agencies.Keys.ToList();
        return r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved || codes.Contains(r.Agency!.Code);
    }

    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, CurrentUser user) =>
        reports.Where(VisibleTo(user));

    /// <summary>The same rule for one report known by its agency and status (events, before any query).</summary>
    public static bool CanSee(CurrentUser user, string agencyCode, ReportStatus status) =>
        user.IsParAdmin || status is ReportStatus.Submitted or ReportStatus.Approved || user.Agencies.ContainsKey(agencyCode);

    /// <summary>May <paramref name="user"/> write this agency's reports (open, edit, submit)?</summary>
    public static bool CanWrite(CurrentUser user, string agencyCode) => user.CanEdit(agencyCode);

    /// <summary>Editors of some agency and the PAR office write reports; other readers are refused outright.</summary>
    public static bool WritesAnyReport(CurrentUser user) =>
        user.IsParAdmin || user.Agencies.Values.Any(a => a == AgencyAccess.Editor);
}
