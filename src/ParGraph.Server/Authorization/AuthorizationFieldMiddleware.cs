using GraphQL;
using GraphQL.Instrumentation;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Authorization;

/// <summary>Answers the fields <see cref="AuthorizationValidationRule"/> denied with an error and <c>null</c>.</summary>
public sealed class AuthorizationFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (ForbiddenFields.Of(context.UserContext) is { } forbidden && forbidden.TryGet(context.FieldAst, out var code))
        {
            var what = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
            throw code == ErrorCodes.Unauthenticated
                ? ApiException.Unauthenticated($"Sign in to read `{what}`.")
                : ApiException.Forbidden($"You are not allowed to use `{what}`; it needs a role you do not have.");
        }

        return next(context);
    }
}
