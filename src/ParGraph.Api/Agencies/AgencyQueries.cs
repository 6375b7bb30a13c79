using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Agencies;

public sealed class AgencyQueries : IQueryFields
{
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Ascending((Agency a) => a.Code), SortKey.Ascending((Agency a) => a.Id)];

    public void AddFields(ObjectGraphType query)
    {
        query.EntityConnection<ParGraphDbContext, AgencyType, Agency, AgencyFilterInputType, AgencySortInputType>("agencies", db => db.Agencies, DefaultOrder)
            .Description("The agency registry: departments, district committees, vertical agencies, groups… ordered by code.");

        query.EntityLookup<ParGraphDbContext, AgencyType, Agency>(
                "agencyByCode", "code", "Agency code, e.g. `SNV`.",
                (db, code) => db.Agencies.Where(a => a.Code == code.ToUpperInvariant()))
            .Description("The agency with this code (case-insensitive), or null.");
    }
}
