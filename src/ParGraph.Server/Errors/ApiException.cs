using GraphQL;

namespace ParGraph.Server.Errors;

/// <summary>
/// The exception a resolver throws to answer a GraphQL error with a code from <see cref="ErrorCodes"/>,
/// a human message and optional extensions. Any other exception becomes <c>INTERNAL</c>.
/// </summary>
public class ApiException : ExecutionError
{
    public ApiException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        if (extensions is null)
            return;
        Extensions = new Dictionary<string, object?>(extensions.Count);
        foreach (var (key, value) in extensions)
            Extensions[key] = value;
    }

    /// <summary>Invalid input; <paramref name="field"/> names the offending input field, if any.</summary>
    public static ApiException Validation(string message, string? field = null) =>
        new(ErrorCodes.Validation, message, field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    public static ApiException NotFound(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ErrorCodes.NotFound, message, extensions);

    public static ApiException Conflict(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ErrorCodes.Conflict, message, extensions);

    public static ApiException Forbidden(string message = "You are not allowed to do this.") =>
        new(ErrorCodes.Forbidden, message);

    public static ApiException Unauthenticated(string message = "Authentication is required.") =>
        new(ErrorCodes.Unauthenticated, message);
}
