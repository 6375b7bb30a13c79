using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

/// <summary>Defines KPIs and sets their targets: validated, in one transaction, audited.</summary>
public sealed partial class KpiService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock)
{
    public const int MaxNameLength = 512;
    public const int MaxDescriptionLength = 4000;
    public const int MaxTargetTextLength = 1000;

    public Task<Kpi> DefineAsync(DefineKpiInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (!CodePattern().IsMatch(code))
        {
            throw ApiException.Validation(
                $"KPI code \"{input.Code}\" is not valid: use upper-case ASCII letters and digits, parts joined by '-', at most 64 characters (e.g. SIPAS, PAR-INDEX).",
                "input.code");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > MaxNameLength)
        {
            throw ApiException.Validation($"The KPI's name must not be empty and must be at most {MaxNameLength} characters.", "input.name");
        }

        if (input.Description?.Trim().Length > MaxDescriptionLength)
        {
            throw ApiException.Validation($"The description must be at most {MaxDescriptionLength} characters.", "input.description");
        }

        return factory.MutateAsync<ParGraphDbContext, Kpi>(async (db, ct) =>
        {
            var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Code == code, ct);
            var before = kpi is null ? null : KpiSnapshot.Of(kpi);
            kpi ??= db.Kpis.Add(new Kpi { Code = code, Name = "" }).Entity;
            kpi.Name = input.Name.Trim();
            kpi.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            (kpi.Unit, kpi.Direction, kpi.Kind, kpi.Area) = (input.Unit, input.Direction, input.Kind, input.Area);
            if (input.Indicators is { } indicators)
            {
                kpi.Indicators = [.. indicators.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];
            }

            AuditLog.Record(db, user, clock.UtcNow, "defineKpi", nameof(Kpi), code, before, KpiSnapshot.Of(kpi));
            return kpi;
        }, $"KPI {code} was created or changed by someone else at the same time; try again.", ct);
    }

    public async Task<SetKpiTargetPayload> SetTargetAsync(SetKpiTargetInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var code = (input.KpiCode ?? "").Trim().ToUpperInvariant();
        if (input.Year is < 2000 or > 2100)
        {
            throw ApiException.Validation($"The year {input.Year} is out of range: use a year from 2000 to 2100.", "input.year");
        }

        KpiValues.RequireFinite(input.Value, "input.value");
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        if (text?.Length > MaxTargetTextLength)
        {
            throw ApiException.Validation($"The target's text must be at most {MaxTargetTextLength} characters.", "input.text");
        }

        var planKey = GlobalId.DecodeOptionalInt32(input.PlanId, "Plan", "input.planId");
        return await factory.MutateAsync<ParGraphDbContext, SetKpiTargetPayload>(async (db, ct) =>
        {
            var kpi = await KpiValues.FindKpiAsync(db, code, input.KpiCode, ct);
            KpiValues.RequireInUnit(kpi, input.Value, "input.value");
            if (planKey is { } id && !await db.Plans.AnyAsync(p => p.Id == id, ct))
            {
                throw ApiException.Validation($"There is no plan with ID \"{input.PlanId}\".", "input.planId");
            }

            var target = await db.KpiTargets.FirstOrDefaultAsync(t => t.KpiId == kpi.Id && t.Year == input.Year, ct);
            var before = target is null ? null : KpiSnapshot.Of(target, code);
            target ??= db.KpiTargets.Add(new KpiTarget { KpiId = kpi.Id, Year = input.Year }).Entity;
            (target.Comparator, target.Value, target.Text, target.PlanId) = (input.Comparator, input.Value, text, planKey);
            AuditLog.Record(db, user, clock.UtcNow, "setKpiTarget", nameof(KpiTarget), $"{code}/{input.Year}", before, KpiSnapshot.Of(target, code));
            return new SetKpiTargetPayload(target, kpi);
        }, $"The {input.Year} target of KPI {code} was set by someone else at the same time; try again.", ct);
    }

    [GeneratedRegex("^(?=.{1,64}$)[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex CodePattern();
}
