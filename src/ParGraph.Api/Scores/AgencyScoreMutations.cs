using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Scores;

public sealed class AgencyScoreMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.InputMutation<DefineAgencyScoreFormulaInputType, DefineAgencyScoreFormulaPayloadType>(
                "defineAgencyScoreFormula",
                "Defines the next version of the agency-scoring formula; live scores use it from now on, published rankings keep theirs (SNV PAR office).",
                "The new weights.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => new DefineAgencyScoreFormulaPayload(await Service(c).DefineFormulaAsync(
                c.Input<DefineAgencyScoreFormulaInput>(), c.User, c.CancellationToken)));

        mutation.InputMutation<PublishAgencyRankingInputType, PublishAgencyRankingPayloadType>(
                "publishAgencyRanking",
                "Freezes the year's live scores as its published ranking, which later data changes do not alter; publishing the year again replaces it, and the audit log keeps the old one (SNV PAR office).",
                "The year to publish.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Service(c).PublishAsync(
                c.Input<PublishAgencyRankingInput>(), c.User, c.CancellationToken));
    }

    private static AgencyRankingService Service(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<AgencyRankingService>();
}
