namespace ParGraph.Server.Errors;

/// <summary>
/// The fixed set of <c>extensions.code</c> values ParGraph answers with (besides GraphQL.NET's own
/// validation codes for invalid documents, such as <c>FIELDS_ON_CORRECT_TYPE</c>).
/// </summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string ComplexityLimit = "COMPLEXITY_LIMIT";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL";

    /// <summary>All codes of the fixed set, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Unauthenticated, Forbidden, NotFound, Validation, Conflict, ComplexityLimit, Timeout, Internal];
}
