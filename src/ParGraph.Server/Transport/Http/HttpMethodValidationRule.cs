using GraphQL.Validation;
using GraphQLParser.AST;

namespace ParGraph.Server.Transport.Http;

/// <summary>
/// Refuses mutations over GET (405, <c>Allow: POST</c>) and subscriptions over plain GET/POST JSON
/// (405: use WebSocket or server-sent events). Runs for cached documents too.
/// </summary>
public sealed class HttpMethodValidationRule : ValidationRuleBase
{
    public static HttpMethodValidationRule ForGet { get; } = new(isGet: true);
    public static HttpMethodValidationRule ForPost { get; } = new(isGet: false);

    /// <summary>GraphQL over SSE with GET: subscriptions are served, mutations still need POST.</summary>
    public static HttpMethodValidationRule ForEventStreamGet { get; } = new(isGet: true, allowSubscriptions: true);

    private readonly bool _isGet;
    private readonly bool _allowSubscriptions;

    private HttpMethodValidationRule(bool isGet, bool allowSubscriptions = false)
    {
        _isGet = isGet;
        _allowSubscriptions = allowSubscriptions;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Mutation && _isGet)
        {
            context.ReportError(new HttpMethodValidationError(
                "Mutations are not allowed over GET; use POST.", "POST", operation));
        }
        else if (operation.Operation == OperationType.Subscription && !_allowSubscriptions)
        {
            context.ReportError(new HttpMethodValidationError(
                "Subscriptions are not served over plain HTTP JSON; use WebSocket or server-sent events (Accept: text/event-stream).",
                "GET, POST", operation));
        }
        return default;
    }
}
