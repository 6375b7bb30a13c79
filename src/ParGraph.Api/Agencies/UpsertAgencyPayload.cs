using GraphQL.Types;

namespace ParGraph.Api.Agencies;

public sealed record UpsertAgencyPayload(Agency Agency);

public sealed class UpsertAgencyPayloadType : ObjectGraphType<UpsertAgencyPayload>
{
    public UpsertAgencyPayloadType()
    {
        Name = "UpsertAgencyPayload";
        Description = "The agency as it is after the change.";
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency after the change.").Resolve(c => c.Source.Agency);
    }
}
