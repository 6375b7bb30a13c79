using GraphQL;
using GraphQL.Types;
using ParGraph.Server.Batching;
using ParGraph.Server.Events;
using ParGraph.Server.Schema;

namespace ParGraph.Api.DeadlineAlerts;

public sealed class DeadlineAlertSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<DeadlineAlertType>, DeadlineAlert>("deadlineAlerts")
            .Description("Tasks coming within 7, 3 and 1 days of their due day, and going overdue, as the alerts are raised; narrowed to the tasks an agency leads or coordinates.")
            .Argument<StringGraphType>("agencyCode", "Only tasks this agency (or group) leads or coordinates.")
            .ResolveEvents(DeadlineAlertEvent.Topic, async (context, serverEvent, ct) =>
            {
                var agency = context.GetArgument<string?>("agencyCode")?.Trim().ToUpperInvariant();
                return DeadlineAlertEvent.Read(serverEvent) is { } raised && (agency is null || raised.Agencies.Contains(agency))
                    ? await context.Load(DeadlineAlertLoaders.AlertById, raised.AlertId).GetResultAsync(ct)
                    : null;
            });
}
