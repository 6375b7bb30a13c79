using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Agencies;

public sealed class AgencyMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation) =>
        mutation.InputMutation<UpsertAgencyInputType, AgencyPayloadType>(
                "upsertAgency",
                "Creates an agency or replaces the details of the one with the same code (SNV PAR office).",
                "The agency's details.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async context =>
            {
                var service = context.RequestServices!.GetRequiredService<AgencyService>();
                var agency = await service.UpsertAsync(
                    context.Input<UpsertAgencyInput>(), context.User, context.CancellationToken);
                return new AgencyPayload(agency);
            });
}
