using GraphQL.Types;

namespace ParGraph.Api.Agencies;

public sealed record AgencyPayload(Agency Agency);

public sealed class AgencyPayloadType : ObjectGraphType<AgencyPayload>
{
    public AgencyPayloadType()
    {
        Name = "AgencyPayload";
        Description = "The agency as it is after the change.";
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency after the change.").Resolve(c => c.Source.Agency);
    }
}
