using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport;

/// <summary>
/// Parses documents as GraphQL.NET does, but answers a document nested beyond the parser's limit with one
/// <c>COMPLEXITY_LIMIT</c> error of one line: GraphQL.NET lets the parser's exception escape as an
/// unhandled <c>INTERNAL</c> error that quotes the whole document.
/// </summary>
public sealed class NestingLimitedDocumentBuilder : IDocumentBuilder
{
    /// <summary>How deep the parser follows nested AST nodes (selections, arguments, values, lists).</summary>
    public const int MaxParserDepth = 128;

    private readonly GraphQLDocumentBuilder inner = new() { MaxDepth = MaxParserDepth };

    public GraphQLDocument Build(string body)
    {
        try
        {
            return inner.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new ApiException(ErrorCodes.ComplexityLimit,
                $"The document is nested too deeply to be read: more than {MaxParserDepth} levels of selections, arguments and values.");
        }
    }
}
