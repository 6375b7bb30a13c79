using GraphQL.Types;

namespace ParGraph.Api.Agencies;

public sealed class AgencyKindEnum : EnumerationGraphType<AgencyKind>
{
    public AgencyKindEnum()
    {
        Name = "AgencyKind";
        Description = "What kind of body an agency is.";
    }
}
