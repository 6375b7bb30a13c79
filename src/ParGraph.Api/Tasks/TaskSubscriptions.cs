using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Hosting;
using ParGraph.Server.Events;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public sealed class TaskSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<TaskChangeType>, TaskEvent>("taskChanged")
            .Description("Every change to a task from now on, on whichever server it was made; narrowed by plan and/or by an agency that leads or coordinates it.")
            .Argument<IdGraphType>("planId", "Only tasks of this plan (global ID).")
            .Argument<StringGraphType>("agencyCode", "Only tasks this agency (or group) leads or coordinates.")
            .ResolveEvents(TaskEvent.Topic, (context, serverEvent, _) =>
            {
                var planId = context.GetArgument<string?>("planId") is { } id ? GlobalId.DecodeInt32(id, "Plan", "planId") : (int?)null;
                var agency = context.GetArgument<string?>("agencyCode")?.Trim().ToUpperInvariant();
                var change = TaskEvent.Read(serverEvent, context.RequestServices!.GetRequiredService<ProvinceClock>().UtcNow);
                var wanted = change is not null && (change.Kind == TaskChangeKind.Resync
                    || ((planId is null || change.PlanId == planId) && (agency is null || change.Agencies.Contains(agency))));
                return Task.FromResult(wanted ? change : null);
            }, context =>
            {
                if (context.GetArgument<string?>("planId") is { } id)
                {
                    GlobalId.DecodeInt32(id, "Plan", "planId");
                }
            });
}
