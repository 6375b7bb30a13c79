namespace ParGraph.Server.Errors;

/// <summary>A failure the caller can act on, reported as a GraphQL error with <c>extensions.code</c>.</summary>
public class ApiException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    public static ApiException Validation(string message, string? field = null) =>
        new(ErrorCodes.Validation, message, field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    public static ApiException NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static ApiException Conflict(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ErrorCodes.Conflict, message, extensions);

    public static ApiException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static ApiException Unauthenticated(string message) => new(ErrorCodes.Unauthenticated, message);
}
