using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>The root query type: the fields of every registered feature, in registration order.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Everything that can be read.";
        foreach (var feature in features)
        {
            feature.AddFields(this);
        }
    }
}
