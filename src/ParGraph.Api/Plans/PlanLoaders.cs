using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Plans;

public static class PlanLoaders
{
    public static readonly BatchLoaderDefinition<int, Plan> PlanById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, Plan>(
            nameof(PlanById), (db, ids) => db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)), p => p.Id) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, PlanSection> SectionById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, PlanSection>(
            nameof(SectionById), (db, ids) => db.PlanSections.AsNoTracking().Where(s => ids.Contains(s.Id)), s => s.Id) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, IReadOnlyList<PlanSection>> SectionsByPlanId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, PlanSection, PlanSection>(
            nameof(SectionsByPlanId),
            (db, ids) => db.PlanSections.AsNoTracking().Where(s => ids.Contains(s.PlanId)).OrderBy(s => s.Position),
            s => s.PlanId,
            s => s) with { SharedByEvent = true };
}
