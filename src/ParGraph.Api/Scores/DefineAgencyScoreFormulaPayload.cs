using GraphQL.Types;

namespace ParGraph.Api.Scores;

public sealed record DefineAgencyScoreFormulaPayload(AgencyScoreFormula Formula);

public sealed class DefineAgencyScoreFormulaPayloadType : ObjectGraphType<DefineAgencyScoreFormulaPayload>
{
    public DefineAgencyScoreFormulaPayloadType()
    {
        Name = "DefineAgencyScoreFormulaPayload";
        Description = "The new formula version; live scores use it from now on.";
        Field<NonNullGraphType<AgencyScoreFormulaType>>("formula").Description("The new version.").Resolve(c => c.Source.Formula);
    }
}
