using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Events;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public sealed class ReportSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ReportChangeType>, ReportEvent>("reportChanged")
            .Description("Every step of the report workflow from now on, on whichever server; a draft's (or returned report's) changes reach only its agency and the SNV PAR office.")
            .Argument<StringGraphType>("agencyCode", "Only reports of this agency.")
            .ResolveEvents(ReportEvent.Topic, (context, serverEvent, _) =>
            {
                var agency = context.GetArgument<string?>("agencyCode")?.Trim().ToUpperInvariant();
                var change = ReportEvent.Read(serverEvent, context.RequestServices!.GetRequiredService<ProvinceClock>().UtcNow);
                var wanted = change is not null && (change.Kind == ReportChangeKind.Resync
                    || ((agency is null || change.AgencyCode == agency) && ReportAccess.CanSee(new CurrentUser(context.User), change.AgencyCode, change.Status)));
                return Task.FromResult(wanted ? change : null);
            });
}
