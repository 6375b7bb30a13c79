using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Authorization;

/// <summary>
/// Enforces GraphQL.NET's <c>Authorize*</c> metadata (on the schema, on types, on fields and on
/// arguments) for every field the document selects, directly or through fragments, with ASP.NET Core
/// roles and policies. It runs for cached documents too. A denied field is not a validation error:
/// it is recorded so that execution answers it with <c>FORBIDDEN</c> (or <c>UNAUTHENTICATED</c>)
/// and <c>null</c>, while the fields the user may see are still served.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        private readonly Stack<GraphQLField> fields = new();
        private readonly Dictionary<IMetadataReader, bool> decisions = new(ReferenceEqualityComparer.Instance);

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLField field:
                    fields.Push(field);
                    if (context.TypeInfo.GetFieldDef() is { } definition
                        && context.TypeInfo.GetParentType()?.GetNamedType() is { } parent
                        && !await AllowedAsync(context, parent, definition))
                    {
                        Deny(context, field);
                    }

                    break;
                case GraphQLArgument when fields.TryPeek(out var owner) && context.TypeInfo.GetArgument() is { } argument:
                    if (argument.IsAuthorizationRequired() && !await DecideAsync(context, argument))
                    {
                        Deny(context, owner);
                    }

                    break;
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField)
            {
                fields.Pop();
            }

            return default;
        }

        private async ValueTask<bool> AllowedAsync(ValidationContext context, IGraphType parent, FieldType field)
        {
            if (field.IsAnonymousAllowed())
            {
                return true;
            }

            foreach (var rule in new IMetadataReader[] { context.Schema, parent, field })
            {
                if (rule.IsAuthorizationRequired() && !await DecideAsync(context, rule))
                {
                    return false;
                }
            }

            return true;
        }

        private async ValueTask<bool> DecideAsync(ValidationContext context, IMetadataReader rule)
        {
            if (!decisions.TryGetValue(rule, out var allowed))
            {
                allowed = await IsAuthorizedAsync(context.User, context.RequestServices, rule);
                decisions[rule] = allowed;
            }

            return allowed;
        }

        private static void Deny(ValidationContext context, GraphQLField field) =>
            ForbiddenFields.For(context.UserContext).Add(
                field, context.User?.Identity?.IsAuthenticated == true ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated);
    }

    private static async ValueTask<bool> IsAuthorizedAsync(ClaimsPrincipal? user, IServiceProvider? services, IMetadataReader rule)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (rule.GetRoles() is { Count: > 0 } roles && !roles.Any(user.IsInRole))
        {
            return false;
        }

        if (rule.GetPolicies() is { Count: > 0 } policies)
        {
            var authorization = services?.GetService<IAuthorizationService>()
                ?? throw new InvalidOperationException("Authorization policies need AddAuthorization() in the services.");
            foreach (var policy in policies)
            {
                if (!(await authorization.AuthorizeAsync(user, policy).ConfigureAwait(false)).Succeeded)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
