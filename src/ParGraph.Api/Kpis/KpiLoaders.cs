using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Kpis;

public static class KpiLoaders
{
    public static readonly BatchLoaderDefinition<int, Kpi> KpiById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, Kpi>(
            nameof(KpiById), (db, ids) => db.Kpis.AsNoTracking().Where(k => ids.Contains(k.Id)), k => k.Id) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, IReadOnlyList<KpiTarget>> TargetsByKpiId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, KpiTarget, KpiTarget>(
            nameof(TargetsByKpiId),
            (db, ids) => db.KpiTargets.AsNoTracking().Where(t => ids.Contains(t.KpiId)).OrderBy(t => t.Year),
            t => t.KpiId,
            t => t) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, IReadOnlyList<KpiTarget>> TargetsByPlanId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, KpiTarget, KpiTarget>(
            nameof(TargetsByPlanId),
            (db, ids) => db.KpiTargets.AsNoTracking()
                .Where(t => t.PlanId != null && ids.Contains(t.PlanId.Value)).OrderBy(t => t.KpiId).ThenBy(t => t.Year),
            t => t.PlanId!.Value,
            t => t) with { SharedByEvent = true };

    /// <summary>The newest province-wide measurement of each KPI.</summary>
    public static readonly BatchLoaderDefinition<int, KpiMeasurement> LatestMeasurementByKpiId =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, KpiMeasurement>(
            nameof(LatestMeasurementByKpiId),
            (db, ids) => db.KpiMeasurements.AsNoTracking()
                .Where(m => ids.Contains(m.KpiId) && m.AgencyId == null)
                .GroupBy(m => m.KpiId)
                .Select(g => g.OrderByDescending(m => m.On).ThenByDescending(m => m.Id).First()),
            m => m.KpiId) with { SharedByEvent = true };

    /// <summary>Every province-wide measurement of each KPI, oldest first (for attainment and trend).</summary>
    public static readonly BatchLoaderDefinition<int, IReadOnlyList<KpiMeasurement>> ProvinceMeasurementsByKpiId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, KpiMeasurement, KpiMeasurement>(
            nameof(ProvinceMeasurementsByKpiId),
            (db, ids) => db.KpiMeasurements.AsNoTracking()
                .Where(m => ids.Contains(m.KpiId) && m.AgencyId == null).OrderBy(m => m.KpiId).ThenBy(m => m.On).ThenBy(m => m.Id),
            m => m.KpiId,
            m => m) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<long, KpiMeasurement> MeasurementById =
        DbBatchLoader<ParGraphDbContext>.ByKey<long, KpiMeasurement>(
            nameof(MeasurementById), (db, ids) => db.KpiMeasurements.AsNoTracking().Where(m => ids.Contains(m.Id)), m => m.Id) with { SharedByEvent = true };
}
