using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>
/// Loads the agency registry, one plan row per seed document and the KPI catalogue with its published
/// results (<see cref="KpiSeedLoader"/>), idempotently: rows that exist (matched by agency code, plan
/// source file, KPI code, KPI and day) are left as they are, since after the first start the database
/// is the registry and is edited through mutations. Runs before the seed documents are imported, so
/// their targets attach to the catalogue's KPIs.
/// </summary>
public sealed class SeedLoader(SeedCatalog catalog, ParGraphDbContext db, ProvinceClock clock, KpiSeedLoader kpiSeeds, ILogger<SeedLoader> logger)
{
    public async Task<SeedResult> LoadAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var agencies = await LoadAgenciesAsync(ct);
        var plans = await LoadPlansAsync(ct);
        var kpis = await kpiSeeds.LoadKpisAsync(ct);
        var measurements = await kpiSeeds.LoadMeasurementsAsync(ct);
        if (agencies.Count + plans.Count + kpis.Count + measurements.Count > 0)
        {
            AuditLog.Record(db, null, clock.UtcNow, "seed", "Seeds", catalog.RootPath, null, new { agencies, plans, kpis, measurements });
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Seeds: {Agencies} agencies, {Plans} plans, {Kpis} KPIs and {Measurements} KPI results added from {Path}",
            agencies.Count, plans.Count, kpis.Count, measurements.Count, catalog.RootPath);
        return new SeedResult(agencies, plans, kpis, measurements);
    }

    private async Task<IReadOnlyList<string>> LoadAgenciesAsync(CancellationToken ct)
    {
        var records = catalog.ReadAgencies();
        var existing = await db.Agencies.Include(a => a.Groups).ToDictionaryAsync(a => a.Code, ct);
        var added = records.Where(r => !existing.ContainsKey(r.Code)).ToList();
        foreach (var record in added)
        {
            existing[record.Code] = db.Agencies.Add(new Agency
            {
                Code = record.Code,
                Name = record.Name,
                ShortName = record.ShortName,
                Kind = record.Kind,
                Aliases = [.. record.Aliases],
            }).Entity;
        }

        foreach (var record in added)
        {
            var agency = existing[record.Code];
            agency.Parent = record.ParentCode is { } parent ? existing[parent] : null;
            agency.Groups.AddRange(record.GroupCodes.Select(code => existing[code]).Except(agency.Groups));
        }

        await db.SaveChangesAsync(ct);
        return [.. added.Select(r => r.Code)];
    }

    private async Task<IReadOnlyList<string>> LoadPlansAsync(CancellationToken ct)
    {
        var documents = catalog.ReadManifest().Where(d => d.Role == SeedDocumentRole.Plan).ToList();
        var existing = await db.Plans.Where(p => p.SourceFile != null).ToDictionaryAsync(p => p.SourceFile!, ct);
        var added = documents.Where(d => !existing.ContainsKey(d.File)).ToList();
        foreach (var document in added)
        {
            existing[document.File] = db.Plans.Add(new Plan
            {
                DocumentNumber = document.DocumentNumber,
                Title = document.Title,
                Kind = document.Kind ?? PlanKind.ThematicPlan,
                IssuedOn = document.IssuedOn,
                PeriodStart = document.PeriodStart,
                PeriodEnd = document.PeriodEnd,
                Status = PlanStatusRules.ForPeriod(document.PeriodEnd, clock.Today),
                SourceFile = document.File,
            }).Entity;
        }

        // Parents are other seed documents; other plans may carry the same number (numbers are not unique).
        var seedFiles = documents.Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var byNumber = existing.Values
            .Where(p => p.DocumentNumber is not null && seedFiles.Contains(p.SourceFile!))
            .GroupBy(p => p.DocumentNumber!)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var document in added.Where(d => d.ParentDocumentNumber is not null))
        {
            existing[document.File].Parent = byNumber.GetValueOrDefault(document.ParentDocumentNumber!);
        }

        await db.SaveChangesAsync(ct);
        return [.. added.Select(d => d.File)];
    }
}
