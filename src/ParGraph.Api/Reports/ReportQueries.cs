using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
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
        query.EntityConnection<ParGraphDbContext, ReportType, Report, ReportFilterInputType, ReportSortInputType>(
                "reports",
                (db, context) => db.Reports.VisibleTo(new CurrentUser(context.User)).Include(r => r.Period),
                DefaultOrder)
            .Description("Agencies' progress reports, newest first. Drafts and returned reports only for their own agency and the SNV PAR office; submitted and approved reports for every reader.");
}
