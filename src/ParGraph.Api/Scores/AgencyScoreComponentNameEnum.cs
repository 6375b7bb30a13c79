using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreComponentNameEnum : EnumerationGraphType<AgencyScoreComponentName>
{
    public AgencyScoreComponentNameEnum()
    {
        Name = "AgencyScoreComponentName";
        Description = "A part of an agency's yearly score.";
    }
}
