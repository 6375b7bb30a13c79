using GraphQLParser.AST;

namespace ParGraph.Server.Authorization;

/// <summary>
/// The selections of one request that its user may not see, found while validating the document and
/// answered during execution with an error and <c>null</c> (the rest of the request still runs).
/// </summary>
internal sealed class ForbiddenFields
{
    private const string Key = "ParGraph.ForbiddenFields";

    private readonly Dictionary<GraphQLField, string> codes = [];

    public static ForbiddenFields? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var value) ? value as ForbiddenFields : null;

    public static ForbiddenFields For(IDictionary<string, object?> userContext)
    {
        if (Of(userContext) is not { } fields)
        {
            fields = new ForbiddenFields();
            userContext[Key] = fields;
        }

        return fields;
    }

    public void Add(GraphQLField field, string code) => codes.TryAdd(field, code);

    public bool TryGet(GraphQLField field, out string code) => codes.TryGetValue(field, out code!);
}
