using System.Security.Claims;

namespace ParGraph.Api.Identity;

/// <summary>Who is calling and what their roles let them do, read from the token's role claims.</summary>
public sealed class CurrentUser
{
    public CurrentUser(ClaimsPrincipal? principal)
    {
        Principal = principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        Roles = [.. Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal)];
        var agencies = new SortedDictionary<string, AgencyAccess>(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            if (ParGraphRoles.TryParseAgencyRole(role, out var code, out var access))
            {
                agencies[code] = agencies.TryGetValue(code, out var known) && known > access ? known : access;
            }
        }

        Agencies = agencies;
    }

    public ClaimsPrincipal Principal { get; }

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string? Username => Principal.FindFirstValue("preferred_username") ?? Principal.Identity?.Name;

    public string? Subject => Principal.FindFirstValue("sub") ?? Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public IReadOnlyList<string> Roles { get; }

    /// <summary>The agencies the user works for, by code, with the stronger access where both roles are held.</summary>
    public IReadOnlyDictionary<string, AgencyAccess> Agencies { get; }

    public bool IsParAdmin => Roles.Contains(ParGraphRoles.ParAdmin);

    public bool CanEdit(string agencyCode) =>
        IsParAdmin || (Agencies.TryGetValue(agencyCode, out var access) && access == AgencyAccess.Editor);

    /// <summary>The SNV PAR office or an editor of at least one agency: who writes an agency's own work.</summary>
    public bool EditsSomeAgency => IsParAdmin || Agencies.Values.Any(access => access == AgencyAccess.Editor);

    public bool CanView(string agencyCode) => IsParAdmin || Agencies.ContainsKey(agencyCode);
}
