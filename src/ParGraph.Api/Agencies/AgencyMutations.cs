using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Agencies;

public sealed class AgencyMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.InputMutation<UpsertAgencyInputType, UpsertAgencyPayloadType>(
                "upsertAgency",
                "Creates an agency or replaces the details of the one with the same code (SNV PAR office).",
                "The agency's details.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async context =>
            {
                var service = context.RequestServices!.GetRequiredService<AgencyService>();
                var agency = await service.UpsertAsync(
                    context.Input<UpsertAgencyInput>(), context.User, context.CancellationToken);
                return new UpsertAgencyPayload(agency);
            });

        mutation.InputMutation<MergeAgenciesInputType, MergeAgenciesPayloadType>(
                "mergeAgencies",
                "Dissolves agencies into a successor (SNV PAR office): they get `validTo` (the day before `on`) and `successor`; "
                + "their open tasks and group memberships pass to the successor; completed tasks and the task history keep who led what when.",
                "The agencies to dissolve, the successor and the day.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<AgencyMergeService>().MergeAsync(
                context.Input<MergeAgenciesInput>(), context.User, context.CancellationToken));
    }
}
