using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreType : ObjectGraphType<AgencyScore>
{
    public AgencyScoreType()
    {
        Name = "AgencyScore";
        Description = "An agency's score (0–100) and rank for a year, from the formula version named, live or as published.";
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency scored.").Resolve(c => c.Load(AgencyLoaders.AgencyById, c.Source.AgencyId));
        Field(s => s.Year).Description("The year scored.");
        Field(s => s.Score).Description("0–100, two decimals: the sum of the components' points.");
        Field(s => s.Rank).Description("1 is best; equal scores share a rank and the next rank is skipped (1, 2, 2, 4).");
        Field(s => s.RankOutOf).Description("How many agencies were ranked that year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyScoreComponentType>>>>("components")
            .Description("The parts of the score, always in the same order.").Resolve(c => c.Source.Components);
        Field(s => s.FormulaVersion).Description("The version of the formula that computed the score (see `agencyScoreFormulas`).");
        Field(s => s.Published).Description("True when the figures come from the year's published ranking (frozen); false for live figures.");
        Field(s => s.PublishedAt, nullable: true).Description("When the ranking was published; null for live figures.");
    }
}
