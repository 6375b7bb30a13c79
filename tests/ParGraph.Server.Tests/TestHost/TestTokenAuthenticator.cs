using System.Globalization;
using System.Security.Claims;
using ParGraph.Server.Authorization;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>Accepts tokens <c>user:&lt;name&gt;</c> (valid an hour) and <c>user:&lt;name&gt;:&lt;ms&gt;</c>
/// (expiring after that many milliseconds); rejects anything else.</summary>
public sealed class TestTokenAuthenticator : IBearerTokenAuthenticator
{
    public static string Token(string name, int? expiresInMs = null) =>
        expiresInMs is null ? $"user:{name}" : $"user:{name}:{expiresInMs}";

    public Task<AuthenticatedToken?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split(':');
        if (parts.Length is < 2 or > 3 || parts[0] != "user" || parts[1].Length == 0)
            return Task.FromResult<AuthenticatedToken?>(null);
        var lifetime = parts.Length == 3
            ? TimeSpan.FromMilliseconds(int.Parse(parts[2], CultureInfo.InvariantCulture))
            : TimeSpan.FromHours(1);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, parts[1]), new Claim("sub", parts[1])], "Test");
        return Task.FromResult<AuthenticatedToken?>(new AuthenticatedToken(new ClaimsPrincipal(identity), DateTimeOffset.UtcNow + lifetime));
    }
}
