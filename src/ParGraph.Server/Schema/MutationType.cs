using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>The root mutation type: the fields of every registered feature, in registration order.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Everything that can be changed; each field validates its input, runs in one transaction and is audited.";
        foreach (var feature in features)
        {
            feature.AddFields(this);
        }
    }
}
