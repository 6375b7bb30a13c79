using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Reports;

public static class ReportLoaders
{
    public static readonly BatchLoaderDefinition<int, ReportingPeriod> PeriodById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, ReportingPeriod>(
            nameof(PeriodById), (db, ids) => db.ReportingPeriods.AsNoTracking().Where(p => ids.Contains(p.Id)), p => p.Id) with { SharedByEvent = true };

    /// <summary>A report's entries in the order of its tasks in their plans.</summary>
    public static readonly BatchLoaderDefinition<int, IReadOnlyList<ReportEntry>> EntriesByReportId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, ReportEntry, ReportEntry>(
            nameof(EntriesByReportId),
            (db, ids) => db.ReportEntries.AsNoTracking().Where(e => ids.Contains(e.ReportId))
                .OrderBy(e => e.Task!.PlanId).ThenBy(e => e.Task!.Position).ThenBy(e => e.Id),
            e => e.ReportId,
            e => e) with { SharedByEvent = true };

    /// <summary>
    /// Reports by id for <c>node(id:)</c>, within the caller's row rule (in SQL): a report the caller may not
    /// read loads as null, exactly like one that does not exist. One caller per request, so one loader.
    /// </summary>
    public static IDataLoaderResult<Report?> LoadVisible(IResolveFieldContext context, int id)
    {
        var visible = ReportAccess.VisibleTo(new CurrentUser(context.User));
        var definition = DbBatchLoader<ParGraphDbContext>.ByKey<int, Report>(
            "VisibleReportById", (db, ids) => db.Reports.AsNoTracking().Where(visible).Where(r => ids.Contains(r.Id)), r => r.Id);
        return context.Load(definition, id);
    }
}
