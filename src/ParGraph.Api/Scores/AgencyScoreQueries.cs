using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyScoreType>>>>("agencyScores")
            .Description("Agencies' scores (0–100) and ranks for a year, ordered by rank, then code. Scored: agencies that are not groups nor outside the provincial administration and existed in the year, with at least one component to judge. Once the year's ranking is published, readers other than the SNV PAR office get the published figures.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (2000–2100).")
            .Argument<BooleanGraphType>("live", "true: figures from the data as it is now, under the newest formula (for everyone until the year's ranking is published; after that only for the SNV PAR office). false: the published ranking, or live figures while there is none. Default: live for the SNV PAR office, published for everyone else.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<AgencyScoreService>().ScoresAsync(
                c.GetArgument<int>("year"), c.GetArgument<bool?>("live"), new CurrentUser(c.User), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyScoreFormulaType>>>>("agencyScoreFormulas")
            .Description("Every version of the agency-scoring formula, newest first.")
            .ResolveAsync(async c => await c.WithDbAsync(async (db, ct) =>
                await db.AgencyScoreFormulas.AsNoTracking().OrderByDescending(f => f.Version).ToListAsync(ct)));
    }
}
