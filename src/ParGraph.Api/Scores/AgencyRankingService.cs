using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;

namespace ParGraph.Api.Scores;

/// <summary>The SNV PAR office's changes: new formula versions and published rankings; one transaction each, audited.</summary>
public sealed class AgencyRankingService(IDbContextFactory<ParGraphDbContext> factory, AgencyScoreService scores, ProvinceClock clock)
{
    public const int MaxNoteLength = 1000;

    public Task<AgencyScoreFormula> DefineFormulaAsync(DefineAgencyScoreFormulaInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        (string Field, double Weight)[] weights =
        [
            ("input.tasksOnTimeWeight", input.TasksOnTimeWeight), ("input.overdueTasksWeight", input.OverdueTasksWeight),
            ("input.reportTimelinessWeight", input.ReportTimelinessWeight), ("input.kpiAttainmentWeight", input.KpiAttainmentWeight),
        ];
        foreach (var (field, weight) in weights)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw ApiException.Validation($"A weight must be a finite number of 0 or more; {weight} is not.", field);
            }
        }

        if (weights.Sum(w => w.Weight) <= 0)
        {
            throw ApiException.Validation("At least one weight must be more than 0.", "input");
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            throw ApiException.Validation($"The note must be at most {MaxNoteLength} characters.", "input.note");
        }

        return factory.MutateAsync<ParGraphDbContext, AgencyScoreFormula>(async (db, ct) =>
        {
            var formula = new AgencyScoreFormula
            {
                Version = await db.AgencyScoreFormulas.MaxAsync(f => f.Version, ct) + 1,
                TasksOnTimeWeight = input.TasksOnTimeWeight,
                OverdueTasksWeight = input.OverdueTasksWeight,
                ReportTimelinessWeight = input.ReportTimelinessWeight,
                KpiAttainmentWeight = input.KpiAttainmentWeight,
                Note = note,
                CreatedAt = clock.UtcNow,
                CreatedBy = new CurrentUser(user).Username,
            };
            db.AgencyScoreFormulas.Add(formula);
            AuditLog.Record(db, user, clock.UtcNow, "defineAgencyScoreFormula", nameof(AgencyScoreFormula), formula.Version.ToString(), null, formula);
            return formula;
        }, "Someone else defined a formula version at the same time; try again.", ct);
    }

    /// <summary>Freezes the live scores of <paramref name="year"/> as its published ranking, replacing an earlier one.</summary>
    public Task<PublishAgencyRankingPayload> PublishAsync(PublishAgencyRankingInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        AgencyScoreService.RequireYear(input.Year, "input.year");
        return factory.MutateAsync<ParGraphDbContext, PublishAgencyRankingPayload>(async (db, ct) =>
        {
            var live = await scores.LiveAsync(db, input.Year, ct);
            var ranking = await db.AgencyRankings.FirstOrDefaultAsync(r => r.Year == input.Year, ct);
            object? before = null;
            if (ranking is not null)
            {
                before = new { ranking.Year, ranking.FormulaVersion, ranking.PublishedAt, ranking.PublishedBy, Scores = await AgencyScoreService.PublishedAsync(db, input.Year, ct) };
                await db.AgencyRankingEntries.Where(e => e.RankingId == ranking.Id).ExecuteDeleteAsync(ct);
            }

            ranking ??= db.AgencyRankings.Add(new AgencyRanking { Year = input.Year }).Entity;
            (ranking.FormulaVersion, ranking.PublishedAt, ranking.PublishedBy) =
                (live.Count > 0 ? live[0].FormulaVersion : await db.AgencyScoreFormulas.MaxAsync(f => f.Version, ct), clock.UtcNow, new CurrentUser(user).Username);
            ranking.Entries.AddRange(live.Select(s => new AgencyRankingEntry
            {
                AgencyId = s.AgencyId, Score = s.Score, Rank = s.Rank, RankOutOf = s.RankOutOf,
                Components = AgencyScoreComponents.ToJson(s.Components),
            }));
            var published = live.Select(s => s with { Published = true, PublishedAt = ranking.PublishedAt }).ToList();
            AuditLog.Record(db, user, clock.UtcNow, "publishAgencyRanking", nameof(AgencyRanking), input.Year.ToString(), before,
                new { ranking.Year, ranking.FormulaVersion, ranking.PublishedAt, ranking.PublishedBy, Scores = published });
            return new PublishAgencyRankingPayload(input.Year, ranking.FormulaVersion, ranking.PublishedAt, ranking.PublishedBy, published);
        }, $"The {input.Year} ranking was published by someone else at the same time; try again.", ct);
    }
}
