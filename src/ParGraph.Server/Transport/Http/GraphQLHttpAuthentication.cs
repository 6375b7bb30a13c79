using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport.Http;

/// <summary>
/// The 401 of <c>docs/transport.md</c>: a GraphQL request without an authenticated user is answered
/// <c>401</c>, <c>WWW-Authenticate: Bearer</c> (with <c>error="invalid_token"</c> when a token was sent
/// and rejected, RFC 6750 §3.1) and <c>{"errors":[{"message":…,"extensions":{"code":"UNAUTHENTICATED"}}]}</c>.
/// When an authentication scheme is registered its challenge writes the header (JwtBearer adds the
/// error description); otherwise the header is written here.
/// </summary>
public sealed class GraphQLHttpAuthentication(GraphQLHttpResponseWriter writer)
{
    public const string MissingTokenMessage =
        "Authentication required: send an access token in the Authorization header (Authorization: Bearer <token>).";

    public const string RejectedTokenMessage =
        "The access token was rejected (expired, not yet valid, wrongly signed, or issued for another realm or audience); get a new one.";

    public static bool IsAuthenticated(HttpContext context) => context.User.Identity?.IsAuthenticated == true;

    public async Task ChallengeAsync(HttpContext context)
    {
        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is not null && await schemes.GetDefaultChallengeSchemeAsync().ConfigureAwait(false) is not null)
            await context.ChallengeAsync().ConfigureAwait(false);

        var tokenSent = SentBearerToken(context.Request);
        var response = context.Response;
        response.Headers.Remove(HeaderNames.Location);
        if (!response.Headers.ContainsKey(HeaderNames.WWWAuthenticate))
            response.Headers.WWWAuthenticate = tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer";
        await writer.WriteErrorAsync(context, StatusCodes.Status401Unauthorized,
            tokenSent ? RejectedTokenMessage : MissingTokenMessage, ErrorCodes.Unauthenticated).ConfigureAwait(false);
    }

    private static bool SentBearerToken(HttpRequest request) =>
        request.Headers.Authorization.Any(value => value is not null
            && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && value.Length > "Bearer ".Length);
}
