using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
        query.Connection<AgencyType, Agency>("agencies")
            .Description("The agency registry: departments, district committees, vertical agencies, groups… ordered by code.")
            .ResolveAsync(async context => await context.WithDbAsync((db, _) =>
                context.ToConnectionAsync(db.Agencies.AsNoTracking(), DefaultOrder)));

        query.Field<AgencyType>("agencyByCode")
            .Description("The agency with this code (case-insensitive), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Agency code, e.g. `SNV`.")
            .ResolveAsync(context => context.WithDbAsync(async (db, ct) =>
            {
                var code = context.GetArgument<string>("code").Trim().ToUpperInvariant();
                return (object?)await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
            }));
    }
}
