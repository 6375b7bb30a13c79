using GraphQL;
using GraphQL.DI;

namespace ParGraph.Server.Authorization;

public static class AuthorizationGraphQLBuilderExtensions
{
    /// <summary>Enforces <c>Authorize*</c> metadata on every selected field (cached documents included).</summary>
    public static IGraphQLBuilder AddParGraphAuthorization(this IGraphQLBuilder builder) =>
        builder
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            .UseMiddleware<AuthorizationFieldMiddleware>();
}
