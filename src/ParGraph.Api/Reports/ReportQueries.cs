using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Reports;

public sealed class ReportQueries : IQueryFields
{
    /// <summary>Newest first.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Descend((Report r) => r.CreatedAt), SortKey.Descend((Report r) => r.Id)];

    public void AddFields(ObjectGraphType query) =>
        query.Connection<ReportType, Report>("reports")
            .Filterable<object?, object, ReportFilterInputType>()
            .Sortable<object?, object, ReportSortInputType>()
            .Description("Agencies' progress reports, newest first. Drafts and returned reports only for their own agency and the SNV PAR office; submitted and approved reports for every reader.")
            .ResolveAsync(async context => await context.WithDbAsync((db, _) =>
                context.ToConnectionAsync(
                    context.Filter<Report, ReportFilterInputType>(
                        db.Reports.AsNoTracking().VisibleTo(new CurrentUser(context.User)).Include(r => r.Period)),
                    context.SortKeys<Report, ReportSortInputType>(DefaultOrder))));
}
