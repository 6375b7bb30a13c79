using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>A feature's fields on the root <c>Subscription</c> type.</summary>
public interface ISubscriptionFields
{
    void AddFields(ObjectGraphType subscription);
}
