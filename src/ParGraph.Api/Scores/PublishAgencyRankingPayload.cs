using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed record PublishAgencyRankingPayload(
    int Year, int FormulaVersion, DateTimeOffset PublishedAt, string? PublishedBy, IReadOnlyList<AgencyScore> Scores);

public sealed class PublishAgencyRankingPayloadType : ObjectGraphType<PublishAgencyRankingPayload>
{
    public PublishAgencyRankingPayloadType()
    {
        Name = "PublishAgencyRankingPayload";
        Description = "The ranking as published: what readers other than the SNV PAR office now get from `agencyScores(year)`.";
        Field(x => x.Year).Description("The year published.");
        Field(x => x.FormulaVersion).Description("The formula version the scores were computed with.");
        Field(x => x.PublishedAt).Description("When it was published.");
        Field(x => x.PublishedBy, nullable: true).Description("Username of who published it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyScoreType>>>>("scores")
            .Description("The frozen scores, ordered by rank, then agency code.").Resolve(c => c.Source.Scores);
    }
}
