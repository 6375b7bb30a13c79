using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport;

/// <summary>
/// Refuses query text from the clients of <see cref="PersistedDocumentsOptions.RequiredForClients"/>: they
/// may only run documents registered beforehand, sent by <c>documentId</c>.
/// </summary>
public sealed class PersistedDocumentsOnlyPolicy(IOptions<PersistedDocumentsOptions> options) : IConfigureExecution
{
    // Before the persisted-document handler (200), which replaces the documentId with the document's text.
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var settings = options.Value;
        if (settings.RequiredForClients.Length == 0 || execution.DocumentId is not null || execution.Query is null)
        {
            return next(execution);
        }

        var client = execution.User?.FindFirst(settings.ClientClaimType)?.Value;
        if (client is null || !settings.RequiredForClients.Contains(client, StringComparer.Ordinal))
        {
            return next(execution);
        }

        var error = new ExecutionError(
            $"Client \"{client}\" may only run persisted documents: send \"documentId\" (sha256:<hex> of a registered document, or its name) instead of \"query\".");
        error.Code = ErrorCodes.Forbidden;
        return Task.FromResult(new ExecutionResult { Errors = [error] });
    }
}
