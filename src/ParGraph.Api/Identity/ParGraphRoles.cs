namespace ParGraph.Api.Identity;

/// <summary>The Keycloak roles ParGraph knows (README, Authentication).</summary>
public static class ParGraphRoles
{
    /// <summary>Realm role of the SNV PAR office: everything.</summary>
    public const string ParAdmin = "par-admin";

    /// <summary>Realm role of the operations centre: read KPIs, statistics and tasks; no drafts.</summary>
    public const string Ioc = "ioc";

    /// <summary>Realm role of analysts: read everything but other agencies' drafts.</summary>
    public const string Analyst = "analyst";

    private const string AgencyPrefix = "agency:";

    /// <summary>Client role on <c>pargraph-api</c>: <c>agency:&lt;CODE&gt;:editor</c> or <c>…:viewer</c>.</summary>
    public static string ForAgency(string code, AgencyAccess access) =>
        $"{AgencyPrefix}{code}:{(access == AgencyAccess.Editor ? "editor" : "viewer")}";

    /// <summary>Reads an agency client role; false for any other role.</summary>
    public static bool TryParseAgencyRole(string role, out string code, out AgencyAccess access)
    {
        (code, access) = (string.Empty, AgencyAccess.Viewer);
        var parts = role.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != AgencyPrefix || parts[1].Length == 0)
        {
            return false;
        }

        (code, access) = parts[2] switch
        {
            "editor" => (parts[1], AgencyAccess.Editor),
            "viewer" => (parts[1], AgencyAccess.Viewer),
            _ => (string.Empty, AgencyAccess.Viewer),
        };
        return code.Length > 0;
    }
}
