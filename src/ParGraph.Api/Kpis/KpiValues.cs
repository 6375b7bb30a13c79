using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Kpis;

/// <summary>Checks shared by the KPI mutations.</summary>
internal static class KpiValues
{
    public static void RequireFinite(double value, string field)
    {
        if (!double.IsFinite(value))
        {
            throw ApiException.Validation("The value must be a finite number.", field);
        }
    }

    /// <summary>A percentage lies between 0 and 100.</summary>
    public static void RequireInUnit(Kpi kpi, double value, string field)
    {
        if (kpi.Unit == KpiUnit.Percent && value is < 0 or > 100)
        {
            throw ApiException.Validation($"KPI {kpi.Code} is a percentage: the value must be from 0 to 100, not {value}.", field);
        }
    }

    public static async Task<Kpi> FindKpiAsync(ParGraphDbContext db, string code, string? asGiven, CancellationToken ct) =>
        await db.Kpis.FirstOrDefaultAsync(k => k.Code == code, ct)
        ?? throw ApiException.NotFound(
            $"There is no KPI with code \"{asGiven}\"; define it first with defineKpi.",
            new Dictionary<string, object?> { ["field"] = "input.kpiCode" });
}
