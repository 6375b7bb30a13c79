using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>A feature's fields on the root <c>Query</c> type.</summary>
public interface IQueryFields
{
    void AddFields(ObjectGraphType query);
}
