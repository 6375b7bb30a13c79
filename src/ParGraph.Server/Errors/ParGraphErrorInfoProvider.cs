using GraphQL;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Hosting;

namespace ParGraph.Server.Errors;

/// <summary>
/// Maps every error to a code of the fixed set (<see cref="ErrorCodes"/>) or a GraphQL.NET validation code.
/// Unexpected exceptions become <c>INTERNAL</c> with a generic message; their details (stack trace)
/// are exposed only when the environment is Development, and only for them.
/// </summary>
public sealed class ParGraphErrorInfoProvider : ErrorInfoProvider
{
    public const string InternalMessage = "An unexpected error occurred.";
    public const string PersistedDocumentNotFoundMessage =
        "PERSISTED_QUERY_NOT_FOUND: the documentId does not correspond to a persisted document.";

    private readonly bool _development;

    public ParGraphErrorInfoProvider(IHostEnvironment environment)
        : base(Configure(environment.IsDevelopment()))
    {
        _development = environment.IsDevelopment();
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (executionError is UnhandledError)
            return Internal(executionError);

        // Expected errors are their message; a stack trace (Development only) helps with unexpected ones alone.
        var info = executionError switch
        {
            ApiException => base.GetInfo(executionError),
            { InnerException: ApiException api } => base.GetInfo(api),
            ComplexityError => WithCode(base.GetInfo(executionError), ErrorCodes.ComplexityLimit),
            TimeoutError => WithCode(base.GetInfo(executionError), ErrorCodes.Timeout),
            DocumentNotFoundError => WithCode(new ErrorInfo { Message = PersistedDocumentNotFoundMessage }, ErrorCodes.Validation),
            DocumentIdInvalidError or DocumentIdMissingError or InvalidRequestError =>
                WithCode(base.GetInfo(executionError), ErrorCodes.Validation),
            _ => base.GetInfo(executionError),
        };
        info.Extensions?.Remove("details");
        return info;
    }

    private ErrorInfo Internal(ExecutionError error)
    {
        if (!_development)
            return WithCode(new ErrorInfo { Message = InternalMessage }, ErrorCodes.Internal);
        return WithCode(base.GetInfo(error), ErrorCodes.Internal);
    }

    private static ErrorInfo WithCode(ErrorInfo info, string code)
    {
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = code;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    private static ErrorInfoProviderOptions Configure(bool development) => new()
    {
        ExposeCode = true,
        ExposeCodes = false,
        ExposeData = false,
        ExposeExtensions = true,
        ExposeExceptionDetails = development,
        ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions,
    };
}
