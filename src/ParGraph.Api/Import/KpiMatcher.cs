using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import;

/// <summary>Finds the KPI a target is about by its indicator text (a KPI's name or one of its <see cref="Kpi.Indicators"/>), or creates one.</summary>
internal sealed class KpiMatcher
{
    private readonly ParGraphDbContext db;
    private readonly ImportReport report;
    private readonly Dictionary<string, Kpi> byIndicator;

    private KpiMatcher(ParGraphDbContext db, ImportReport report, Dictionary<string, Kpi> byIndicator) =>
        (this.db, this.report, this.byIndicator) = (db, report, byIndicator);

    public static async Task<KpiMatcher> LoadAsync(ParGraphDbContext db, ImportReport report, CancellationToken ct)
    {
        var kpis = await db.Kpis.Include(k => k.Targets).ToListAsync(ct);
        var byIndicator = new Dictionary<string, Kpi>(StringComparer.Ordinal);
        foreach (var (kpi, indicator) in kpis.SelectMany(k => k.Indicators.Select(i => (k, i))).Concat(kpis.Select(k => (k, k.Name))))
        {
            byIndicator.TryAdd(Key(indicator), kpi); // an indicator text listed by the catalogue wins over a KPI's name
        }

        return new KpiMatcher(db, report, byIndicator);
    }

    public Kpi FindOrCreate(ParsedTarget target, Plan plan)
    {
        var key = Key(target.Indicator);
        if (byIndicator.TryGetValue(key, out var kpi))
        {
            return kpi;
        }

        kpi = new Kpi
        {
            Code = "IND-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8],
            Name = target.Indicator,
            Unit = target.Unit,
            Direction = target.Comparator is Comparator.Lt or Comparator.Lte ? KpiDirection.LowerIsBetter : KpiDirection.HigherIsBetter,
            Kind = KpiKind.Indicator,
            Area = target.Area,
            SourcePlan = plan,
        };
        db.Kpis.Add(kpi);
        byIndicator[key] = kpi;
        report.KpisCreated++;
        return kpi;
    }

    public static string Key(string indicator) =>
        VietnameseText.Fold(new string([.. indicator.Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c))]));
}
