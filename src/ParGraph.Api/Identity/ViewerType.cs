using GraphQL.Types;

namespace ParGraph.Api.Identity;

public sealed class ViewerType : ObjectGraphType<CurrentUser>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller: who they are and what their Keycloak roles let them do.";
        Field<StringGraphType>("username").Description("Username (preferred_username), or the client id for a service account.")
            .Resolve(c => c.Source.Username);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Realm and client roles, e.g. `par-admin`, `ioc`, `agency:SNV:editor`.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<BooleanGraphType>>("isParAdmin").Description("True for the SNV PAR office (realm role par-admin).")
            .Resolve(c => c.Source.IsParAdmin);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewerAgencyType>>>>("agencies")
            .Description("The agencies the caller works for, with their access level.")
            .Resolve(c => c.Source.Agencies.Select(a => new ViewerAgency(a.Key, a.Value)));
    }
}
