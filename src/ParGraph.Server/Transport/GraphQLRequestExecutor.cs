using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Database;
using ParGraph.Server.Hosting;

namespace ParGraph.Server.Transport;

/// <summary>
/// Runs one <see cref="GraphQLRequest"/> on GraphQL.NET's <see cref="IDocumentExecuter"/>, in the DI scope
/// given, as the given user, holding at most <see cref="GraphQLExecutionOptions.MaxConnectionsPerRequest"/>
/// database connections at once. Shared by every transport so limits, caching and error mapping are the same.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter executer, IOptions<GraphQLExecutionOptions> limits)
{
    /// <param name="transportRule">A validation rule of the transport (e.g. no mutations over GET); it also
    /// runs for cached documents.</param>
    public async Task<ExecutionResult> ExecuteAsync(
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
        using var connections = RequestConnectionLimit.Begin(limits.Value.MaxConnectionsPerRequest);
        return await executer.ExecuteAsync(options).ConfigureAwait(false);
    }
}
