using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ParGraph.Api.Identity;

/// <summary>
/// Keycloak puts roles in JSON claims — realm roles in <c>realm_access.roles</c>, the API's client roles
/// in <c>resource_access.{resource}.roles</c> — not in role claims. This adds one
/// <see cref="ClaimTypes.Role"/> claim per role (what Keycloak.AuthServices does with
/// <c>EnableRolesMapping = All</c>), so <c>IsInRole("par-admin")</c> and <c>IsInRole("agency:SNV:editor")</c>
/// work. Idempotent: ASP.NET Core may transform the same principal more than once.
/// </summary>
public sealed class KeycloakRolesClaimsTransformation(IOptions<KeycloakOptions> options) : IClaimsTransformation
{
    public const string RealmAccessClaim = "realm_access";
    public const string ResourceAccessClaim = "resource_access";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        foreach (var identity in principal.Identities.Where(i => i.IsAuthenticated))
            AddRoleClaims(identity, options.Value.Resource);
        return Task.FromResult(principal);
    }

    /// <summary>Adds a role claim for every realm role and every role of <paramref name="resource"/> it lacks.</summary>
    public static void AddRoleClaims(ClaimsIdentity identity, string resource)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var roles = new List<string>();
        foreach (var claim in identity.FindAll(RealmAccessClaim))
            roles.AddRange(RolesOf(claim.Value, null));
        foreach (var claim in identity.FindAll(ResourceAccessClaim))
            roles.AddRange(RolesOf(claim.Value, resource));

        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            if (!identity.HasClaim(c => c.Type == identity.RoleClaimType && c.Value == role))
                identity.AddClaim(new Claim(identity.RoleClaimType, role, ClaimValueTypes.String, IssuerOf(identity)));
        }
    }

    /// <summary>The strings of <c>roles</c> in the JSON object <paramref name="json"/>, or of <c>{resource}.roles</c>.</summary>
    private static IEnumerable<string> RolesOf(string json, string? resource)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return [];
        }

        if (resource is not null)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(resource, out root))
                return [];
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("roles", out var roles)
            || roles.ValueKind != JsonValueKind.Array)
            return [];
        return roles.EnumerateArray()
            .Where(r => r.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(r.GetString()))
            .Select(r => r.GetString()!)
            .ToList();
    }

    private static string IssuerOf(ClaimsIdentity identity) =>
        identity.FindFirst(RealmAccessClaim)?.Issuer ?? identity.FindFirst(ResourceAccessClaim)?.Issuer ?? ClaimsIdentity.DefaultIssuer;
}
