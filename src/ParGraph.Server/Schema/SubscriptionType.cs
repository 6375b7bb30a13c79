using GraphQL.Types;

namespace ParGraph.Server.Schema;

/// <summary>The root subscription type: the event streams of every registered feature, in registration order.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Live changes, over WebSocket (graphql-transport-ws or graphql-ws) or server-sent events; each event is checked against the subscriber's rights.";
        foreach (var feature in features)
        {
            feature.AddFields(this);
        }
    }
}
