using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Api.Reports;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Scores;

/// <summary>
/// Answers <c>agencyScores(year)</c>: the live figures under the newest formula, or the year's published ranking.
/// Readers other than the SNV PAR office see the published ranking once there is one; the office sees live figures
/// unless it asks for <c>live: false</c>.
/// </summary>
public sealed class AgencyScoreService(IDbContextFactory<ParGraphDbContext> factory, AgencyYearFactsLoader facts)
{
    public async Task<IReadOnlyList<AgencyScore>> ScoresAsync(int year, bool? live, CurrentUser caller, CancellationToken ct)
    {
        RequireYear(year, "year");
        await using var db = await factory.CreateDbContextAsync(ct);
        var wantsLive = live ?? caller.IsParAdmin;
        if (!wantsLive || !caller.IsParAdmin)
        {
            var published = await PublishedAsync(db, year, ct);
            if (published is not null && wantsLive)
            {
                throw ApiException.Forbidden($"The {year} ranking has been published; only the SNV PAR office sees live figures for it.");
            }

            if (published is not null)
            {
                return published;
            }
        }

        return await LiveAsync(db, year, ct);
    }

    /// <summary>Scores from the data as it is now, under the newest formula version, ranked.</summary>
    public async Task<List<AgencyScore>> LiveAsync(ParGraphDbContext db, int year, CancellationToken ct)
    {
        var formula = await db.AgencyScoreFormulas.AsNoTracking().OrderByDescending(f => f.Version).FirstAsync(ct);
        var scored = new List<AgencyScore>();
        foreach (var (id, code, yearFacts) in await facts.LoadAsync(db, year, ct))
        {
            if (AgencyScoring.Components(formula, yearFacts) is { } components)
            {
                scored.Add(new AgencyScore(id, code, year, AgencyScoring.Score(components), 0, 0, components, formula.Version, false, null));
            }
        }

        return AgencyScoring.Rank(scored);
    }

    /// <summary>The year's published ranking in rank order, or null when none has been published.</summary>
    public static async Task<IReadOnlyList<AgencyScore>?> PublishedAsync(ParGraphDbContext db, int year, CancellationToken ct)
    {
        var ranking = await db.AgencyRankings.AsNoTracking().FirstOrDefaultAsync(r => r.Year == year, ct);
        if (ranking is null)
        {
            return null;
        }

        var entries = await db.AgencyRankingEntries.AsNoTracking()
            .Where(e => e.RankingId == ranking.Id)
            .Select(e => new { e.AgencyId, e.Agency!.Code, e.Score, e.Rank, e.RankOutOf, e.Components })
            .ToListAsync(ct);
        return [.. entries
            .Select(e => new AgencyScore(e.AgencyId, e.Code, year, e.Score, e.Rank, e.RankOutOf,
                AgencyScoreComponents.FromJson(e.Components), ranking.FormulaVersion, true, ranking.PublishedAt))
            .OrderBy(s => s.Rank).ThenBy(s => s.AgencyCode, StringComparer.Ordinal)];
    }

    public static void RequireYear(int year, string field)
    {
        if (year is < ReportingPeriods.FirstYear or > ReportingPeriods.LastYear)
        {
            throw ApiException.Validation(
                $"The year {year} is out of range: use a year from {ReportingPeriods.FirstYear} to {ReportingPeriods.LastYear}.", field);
        }
    }
}
