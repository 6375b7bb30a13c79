using GraphQL.Types;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Identity;

public sealed class IdentityQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("me")
            .Description("Who am I: username, roles, and the agencies I work for with my access level.")
            .Resolve(context => new CurrentUser(context.User));
}
