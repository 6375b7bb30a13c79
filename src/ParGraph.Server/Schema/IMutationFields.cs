using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>A feature's fields on the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddFields(ObjectGraphType mutation);
}
