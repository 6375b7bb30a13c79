using GraphQL;
using GraphQL.Types;

namespace ParGraph.Server.Tests.Authorization;

/// <summary>Fields guarded every way GraphQL.NET's metadata allows: roles, policies, types, arguments.</summary>
public sealed class AuthorizationTestSchema : GraphQL.Types.Schema
{
    public AuthorizationTestSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Resolve(_ => "open");
        query.Field<StringGraphType>("adminOnly").AuthorizeWithRoles("admin").Resolve(_ => "admin");
        query.Field<StringGraphType>("editorsOnly").AuthorizeWithPolicy("Editors").Resolve(_ => "editor");
        query.Field<NonNullGraphType<StringGraphType>>("adminRequired").AuthorizeWithRoles("admin").Resolve(_ => "x");
        query.Field<StringGraphType>("search")
            .Argument<StringGraphType>("hidden", configure: a => a.AuthorizeWithRoles("admin"))
            .Argument<StringGraphType>("text")
            .Resolve(_ => "searched");
        query.Field<RestrictedType>("restricted").Resolve(_ => new object());
        Query = query;
    }
}

public sealed class RestrictedType : ObjectGraphType
{
    public RestrictedType()
    {
        Name = "Restricted";
        this.AuthorizeWithRoles("analyst");
        Field<StringGraphType>("value").Resolve(_ => "restricted value");
        Field<StringGraphType>("label").AllowAnonymous().Resolve(_ => "public label");
    }
}
