using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Server.Transport;

/// <summary>
/// Runs one <see cref="GraphQLRequest"/> on GraphQL.NET's <see cref="IDocumentExecuter"/>, in the DI scope
/// given, as the given user. Shared by every transport so limits, caching and error mapping are the same.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter executer)
{
    /// <param name="transportRule">A validation rule of the transport (e.g. no mutations over GET); it also
    /// runs for cached documents.</param>
    public Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider requestServices,
        ClaimsPrincipal user,
        IValidationRule? transportRule,
        CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Schema = requestServices.GetRequiredService<ISchema>(),
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = requestServices,
            User = user,
            CancellationToken = cancellationToken,
        };
        if (transportRule is not null)
        {
            options.ValidationRules = DocumentValidator.CoreRules.Append(transportRule);
            options.CachedDocumentValidationRules = [transportRule];
        }
        return executer.ExecuteAsync(options);
    }
}
