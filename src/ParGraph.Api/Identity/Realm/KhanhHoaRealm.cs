namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// The hand-written part of the <c>khanhhoa</c> realm: realm roles, clients and demo users (README, Authentication).
/// <see cref="RealmGenerator"/> adds the per-agency roles and groups from <c>agencies.csv</c>.
/// </summary>
public static class KhanhHoaRealm
{
    public const string Name = "khanhhoa";
    public const string ApiClientId = "pargraph-api";
    public const string DemoPassword = "demo";
    public const string IocDashboardSecret = "ioc-dashboard-secret";

    public static readonly IReadOnlyList<RoleRepresentation> RealmRoles =
    [
        new("par-admin", "SNV PAR office: administers plans, tasks, KPIs, report approval, imports and the audit log."),
        new("ioc", "Intelligent Operations Center: reads KPIs, indices, statistics and tasks; no report drafts."),
        new("analyst", "Reads everything except other agencies' report drafts."),
    ];

    private const string IdeOrigin = "http://localhost:5080";
    private const string PortalOrigin = "http://localhost:3000";

    private static readonly IReadOnlyDictionary<string, string> Pkce =
        new Dictionary<string, string> { ["pkce.code.challenge.method"] = "S256", ["post.logout.redirect.uris"] = "+" };

    public static readonly IReadOnlyList<ClientRepresentation> Clients =
    [
        new() { ClientId = ApiClientId, Name = "ParGraph API", Description = "The API: the audience of every token; holds the agency roles.", BearerOnly = true },
        new()
        {
            ClientId = "pargraph-cli", Name = "ParGraph scripts and tests", PublicClient = true, DirectAccessGrantsEnabled = true,
            ProtocolMappers = [ProtocolMapperRepresentation.Audience(ApiClientId)],
        },
        new()
        {
            ClientId = "pargraph-ide", Name = "Banana Cake Pop", PublicClient = true, StandardFlowEnabled = true,
            RedirectUris = [$"{IdeOrigin}/graphql*", $"{IdeOrigin}/graphql/*"], WebOrigins = [IdeOrigin], Attributes = Pkce,
            ProtocolMappers = [ProtocolMapperRepresentation.Audience(ApiClientId)],
        },
        new()
        {
            ClientId = "ioc-dashboard", Name = "IOC dashboard", Secret = IocDashboardSecret, ServiceAccountsEnabled = true,
            ProtocolMappers = [ProtocolMapperRepresentation.Audience(ApiClientId)],
        },
        new()
        {
            ClientId = "agency-portal", Name = "Agency portals", PublicClient = true, StandardFlowEnabled = true,
            RedirectUris = [$"{PortalOrigin}/*"], WebOrigins = [PortalOrigin], Attributes = Pkce,
            ProtocolMappers = [ProtocolMapperRepresentation.Audience(ApiClientId)],
        },
    ];

    public static readonly IReadOnlyList<UserRepresentation> Users =
    [
        Demo("8d2cec56-d082-4c43-ac70-02e210cbf9d0", "admin", "PAR", "Administrator", ["par-admin"], [AgencyGroups.EditorsPath("SNV")]),
        Demo("926e71ac-8901-4c08-9dd9-6f9a348e1a61", "snv.editor", "SNV", "Editor", [], [AgencyGroups.EditorsPath("SNV")]),
        Demo("e90e00de-2de4-465d-a92c-573a0721e509", "stttt.editor", "STTTT", "Editor", [], [AgencyGroups.EditorsPath("STTTT")]),
        Demo("a4c97ba2-dbb2-47b3-84c9-462b64a3ef80", "syt.viewer", "SYT", "Viewer", [], [AgencyGroups.Path("SYT")]),
        Demo("dcfdc012-c6f4-48bf-9926-5ae0fb2ac7e9", "analyst", "Data", "Analyst", ["analyst"], []),
        Demo("32991290-f3a8-470a-8f87-bff46464a671", "ioc.viewer", "IOC", "Viewer", ["ioc"], []),
        new()
        {
            Id = "af756807-95ef-46ba-82f7-2f94f7bb73f1", Username = "service-account-ioc-dashboard",
            ServiceAccountClientId = "ioc-dashboard", RealmRoles = ["ioc"],
        },
    ];

    private static UserRepresentation Demo(
        string id, string username, string firstName, string lastName, IReadOnlyList<string> realmRoles, IReadOnlyList<string> groups) => new()
        {
            Id = id,
            Username = username,
            Email = $"{username}@pargraph.example",
            EmailVerified = true,
            FirstName = firstName,
            LastName = lastName,
            Credentials = [new(CredentialRepresentation.Password, DemoPassword)],
            RealmRoles = realmRoles,
            Groups = groups,
        };
}
