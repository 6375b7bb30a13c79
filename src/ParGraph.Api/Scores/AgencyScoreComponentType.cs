using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreComponentType : ObjectGraphType<AgencyScoreComponent>
{
    public AgencyScoreComponentType()
    {
        Name = "AgencyScoreComponent";
        Description = "One part of an agency's score: its value from 0 to 1, the formula's weight, and the points it adds to the 0–100 score.";
        Field<NonNullGraphType<AgencyScoreComponentNameEnum>>("name").Description("Which part.").Resolve(c => c.Source.Name);
        Field<FloatGraphType>("value")
            .Description("From 0 (worst) to 1 (best), to four decimals; null when the agency had nothing to judge this part by in the year — the part is then left out and the other weights renormalised.")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("The part's weight in the formula version used.").Resolve(c => c.Source.Weight);
        Field<FloatGraphType>("points")
            .Description("Points added to the score: 100 × weight × value ÷ the sum of the weights of the parts that apply, to two decimals; null when left out.")
            .Resolve(c => c.Source.Points is { } points ? Math.Round(points, 2) : null);
    }
}
