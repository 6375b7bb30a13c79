using GraphQL.Types;

namespace ParGraph.Api.Agencies;

public sealed record MergeAgenciesPayload(Agency Into, IReadOnlyList<Agency> Dissolved, int ReassignedTaskCount);

public sealed class MergeAgenciesPayloadType : ObjectGraphType<MergeAgenciesPayload>
{
    public MergeAgenciesPayloadType()
    {
        Name = "MergeAgenciesPayload";
        Description = "The successor and the dissolved agencies after a merger.";
        Field<NonNullGraphType<AgencyType>>("into").Description("The successor agency.").Resolve(c => c.Source.Into);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("dissolved")
            .Description("The dissolved agencies, in the order given, now with `validTo` and `successor`.")
            .Resolve(c => c.Source.Dissolved);
        Field<NonNullGraphType<IntGraphType>>("reassignedTaskCount")
            .Description("How many open tasks passed to the successor (as lead or coordinating agency).")
            .Resolve(c => c.Source.ReassignedTaskCount);
    }
}
