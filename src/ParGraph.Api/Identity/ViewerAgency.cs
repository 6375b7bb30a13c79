using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Identity;

public sealed record ViewerAgency(string Code, AgencyAccess Access);

public sealed class ViewerAgencyType : ObjectGraphType<ViewerAgency>
{
    public ViewerAgencyType()
    {
        Name = "ViewerAgency";
        Description = "An agency the caller works for, and what they may do for it.";
        Field(x => x.Code).Description("The agency's code as the role names it, e.g. `SNV`.");
        Field<AgencyType>("agency").Description("The agency; null when the role names a code the registry does not know.")
            .Resolve(c => c.Load(AgencyLoaders.AgencyByCode, c.Source.Code));
        Field<NonNullGraphType<AgencyAccessEnum>>("access").Description("Viewer or editor.").Resolve(c => c.Source.Access);
    }
}
