using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Agencies;

public static class AgencyLoaders
{
    public static readonly BatchLoaderDefinition<int, Agency> AgencyById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, Agency>(
            nameof(AgencyById), (db, ids) => db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)), a => a.Id) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<string, Agency> AgencyByCode =
        DbBatchLoader<ParGraphDbContext>.ByKey<string, Agency>(
            nameof(AgencyByCode), (db, codes) => db.Agencies.AsNoTracking().Where(a => codes.Contains(a.Code)), a => a.Code) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, IReadOnlyList<Agency>> MembersByGroupId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, Membership, Agency>(
            nameof(MembersByGroupId),
            (db, ids) => db.Agencies.AsNoTracking()
                .OrderBy(m => m.Code)
                .SelectMany(m => m.Groups.Where(g => ids.Contains(g.Id)), (m, g) => new Membership(g.Id, m)),
            x => x.GroupId,
            x => x.Member) with { SharedByEvent = true };

    public sealed record Membership(int GroupId, Agency Member);
}
