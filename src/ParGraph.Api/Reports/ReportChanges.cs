using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;

namespace ParGraph.Api.Reports;

/// <summary>
/// Checks every mutation of an existing report makes, in the same order. Readers who edit no agency never get here:
/// the fields declare <see cref="ParGraphPolicies.AgencyEditor"/>.
/// </summary>
internal static class ReportChanges
{
    /// <summary>The report with its agency and period, tracked; NOT_FOUND when it does not exist or the caller may not read it.</summary>
    public static async Task<Report> LoadAsync(ParGraphDbContext db, int id, CurrentUser caller, CancellationToken ct) =>
        await db.Reports.VisibleTo(caller).Include(r => r.Agency).Include(r => r.Period).FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw ApiException.NotFound("There is no report with this ID that you may read.", new Dictionary<string, object?> { ["field"] = "input.reportId" });

    /// <summary>FORBIDDEN unless the caller edits the report's agency (or is the PAR office).</summary>
    public static void RequireEditor(CurrentUser caller, Report report)
    {
        if (!ReportAccess.CanWrite(caller, report.Agency!.Code))
        {
            throw ApiException.Forbidden($"Only editors of {report.Agency.Code} and the SNV PAR office may change this report.");
        }
    }

    /// <summary>CONFLICT with <c>currentVersion</c> when the caller read another version than the current one.</summary>
    public static void RequireVersion(Report report, int? expectedVersion)
    {
        if (expectedVersion is { } expected)
        {
            RowVersion.Require(report.Version, expected, $"Report {report.Id}");
        }
    }

    /// <summary>Makes the report's row change (and its version with it) when only an entry changed.</summary>
    public static void Touch(ParGraphDbContext db, Report report) =>
        db.Entry(report).Property(r => r.Status).IsModified = true;

    public static string ConflictMessage(int id) =>
        $"Report {id} was changed by someone else at the same time; read it again and retry.";
}
