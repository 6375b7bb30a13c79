using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed record PublishAgencyRankingInput
{
    public int Year { get; init; }
}

public sealed class PublishAgencyRankingInputType : InputObjectGraphType<PublishAgencyRankingInput>
{
    public PublishAgencyRankingInputType()
    {
        Name = "PublishAgencyRankingInput";
        Description = "The year whose ranking to publish.";
        Field(x => x.Year).Description("The year scored (2000–2100).");
    }
}
