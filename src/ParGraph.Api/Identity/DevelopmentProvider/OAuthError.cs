namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>A token-endpoint error with Keycloak's body: <c>{"error": …, "error_description": …}</c>.</summary>
internal sealed record OAuthError(int Status, string Error, string Description)
{
    public static OAuthError InvalidRequest(string description) => new(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static OAuthError InvalidGrant(string description, int status = StatusCodes.Status400BadRequest) => new(status, "invalid_grant", description);

    public static OAuthError UnauthorizedClient(string description, int status = StatusCodes.Status400BadRequest) =>
        new(status, "unauthorized_client", description);

    public static readonly OAuthError InvalidClient =
        new(StatusCodes.Status401Unauthorized, "invalid_client", "Invalid client or Invalid client credentials");

    public static readonly OAuthError UnsupportedGrantType =
        new(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Unsupported grant_type");

    public IResult ToResult() =>
        Results.Json(new Dictionary<string, string> { ["error"] = Error, ["error_description"] = Description }, statusCode: Status);
}
