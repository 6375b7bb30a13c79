using GraphQL.Validation;
using GraphQLParser.AST;

namespace ParGraph.Server.Transport.Http;

/// <summary>The chosen operation may not run over this HTTP method; answered with 405 and <see cref="Allow"/>.</summary>
public sealed class HttpMethodValidationError : ValidationError
{
    public HttpMethodValidationError(string message, string allow, ASTNode node)
        : base(default, "HTTP_METHOD", message, node)
    {
        Allow = allow;
    }

    /// <summary>The value of the <c>Allow</c> header of the 405 answer.</summary>
    public string Allow { get; }
}
