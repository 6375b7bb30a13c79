using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Schema;

/// <summary>The schema: root types composed from the registered features, ISO date scalars.</summary>
public sealed class RootSchema : GraphQL.Types.Schema
{
    public RootSchema(IServiceProvider services, IEnumerable<IMutationFields> mutations, IEnumerable<ISubscriptionFields> subscriptions)
        : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        if (mutations.Any())
        {
            Mutation = services.GetRequiredService<MutationType>();
        }

        if (subscriptions.Any())
        {
            Subscription = services.GetRequiredService<SubscriptionType>();
        }

        RegisterTypeMapping(typeof(DateOnly), typeof(IsoDateGraphType));
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(IsoDateTimeGraphType));
    }
}
