namespace ParGraph.Server.Errors;

/// <summary>The fixed set of <c>extensions.code</c> values (DESIGN §5).</summary>
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
}
