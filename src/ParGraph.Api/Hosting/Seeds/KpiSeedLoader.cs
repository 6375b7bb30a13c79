using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Import;
using ParGraph.Api.Kpis;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>
/// Loads the KPI catalogue and its published results, idempotently. A catalogue KPI is added when
/// its code is missing; a KPI the importer created before the catalogue knew it (code <c>IND-…</c>,
/// found by the name or an indicator text of the row) is taken over: it gets the row's code and
/// definition and keeps its targets. Existing KPIs are otherwise left as they are (after the first
/// start they are edited with <c>defineKpi</c>). A result is added unless the KPI already has a
/// province-wide measurement on that day.
/// </summary>
public sealed class KpiSeedLoader(SeedCatalog catalog, ParGraphDbContext db, ProvinceClock clock)
{
    public const string ImportedCodePrefix = "IND-";

    public async Task<IReadOnlyList<string>> LoadKpisAsync(CancellationToken ct)
    {
        var records = catalog.ReadKpis();
        var existing = await db.Kpis.ToListAsync(ct);
        var codes = existing.Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        var added = new List<string>();
        foreach (var record in records.Where(r => !codes.Contains(r.Code)))
        {
            var keys = record.Indicators.Prepend(record.Name).Select(KpiMatcher.Key).ToHashSet(StringComparer.Ordinal);
            var kpi = existing.FirstOrDefault(k => k.Code.StartsWith(ImportedCodePrefix, StringComparison.Ordinal) && keys.Contains(KpiMatcher.Key(k.Name)))
                ?? db.Kpis.Add(new Kpi { Code = record.Code, Name = record.Name }).Entity;
            kpi.Code = record.Code;
            kpi.Name = record.Name;
            kpi.Description = record.Description;
            (kpi.Kind, kpi.Unit, kpi.Direction, kpi.Area) = (record.Kind, record.Unit, record.Direction, record.Area);
            kpi.Indicators = [.. record.Indicators];
            added.Add(record.Code);
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<string>> LoadMeasurementsAsync(CancellationToken ct)
    {
        var records = catalog.ReadKpiMeasurements();
        var kpis = await db.Kpis.ToDictionaryAsync(k => k.Code, k => k.Id, ct);
        var unknown = records.Select(r => r.KpiCode).Where(c => !kpis.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"{SeedCatalog.KpiMeasurementsFileName} names unknown KPI(s) {string.Join(", ", unknown.Distinct())}.");
        }

        var present = (await db.KpiMeasurements.Where(m => m.AgencyId == null).Select(m => new { m.KpiId, m.On }).ToListAsync(ct))
            .Select(m => (m.KpiId, m.On)).ToHashSet();
        var added = new List<string>();
        foreach (var record in records.Where(r => present.Add((kpis[r.KpiCode], r.On))))
        {
            db.KpiMeasurements.Add(new KpiMeasurement
            {
                KpiId = kpis[record.KpiCode], On = record.On, Value = record.Value, Rank = record.Rank, RankOutOf = record.RankOutOf,
                Source = record.Source, Note = record.Note, RecordedBy = "seeds", RecordedAt = clock.UtcNow,
            });
            added.Add($"{record.KpiCode}/{record.Year}");
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
