using GraphQL.Types;

namespace ParGraph.Api.Identity;

public sealed class AgencyAccessEnum : EnumerationGraphType<AgencyAccess>
{
    public AgencyAccessEnum()
    {
        Name = "AgencyAccess";
        Description = "What a person may do for an agency (Keycloak client roles agency:<CODE>:viewer / :editor).";
    }
}
