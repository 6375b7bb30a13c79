using ParGraph.Api.Agencies;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// Builds <c>seeds/keycloak/khanhhoa-realm.json</c> from <see cref="KhanhHoaRealm"/> and the agency
/// registry: two client roles and one group (with an editors sub-group) per agency that is not a GROUP row.
/// </summary>
public static class RealmGenerator
{
    public static RealmRepresentation Generate(IEnumerable<AgencySeedRecord> agencies)
    {
        var real = agencies.Where(a => a.Kind != AgencyKind.Group).ToList();
        return new RealmRepresentation
        {
            Realm = KhanhHoaRealm.Name,
            DisplayName = "Khánh Hòa — cải cách hành chính (ParGraph)",
            Roles = new RolesRepresentation
            {
                Realm = KhanhHoaRealm.RealmRoles,
                Client = new Dictionary<string, IReadOnlyList<RoleRepresentation>>
                {
                    [KhanhHoaRealm.ApiClientId] = real.SelectMany(AgencyRoles).ToList(),
                },
            },
            Groups = [new GroupRepresentation { Name = AgencyGroups.RootName, Path = "/" + AgencyGroups.RootName, SubGroups = real.Select(AgencyGroup).ToList() }],
            Clients = KhanhHoaRealm.Clients,
            Users = KhanhHoaRealm.Users,
        };
    }

    public static string GenerateJson(SeedCatalog seeds) => RealmJson.Write(Generate(seeds.ReadAgencies()));

    private static IEnumerable<RoleRepresentation> AgencyRoles(AgencySeedRecord agency) =>
    [
        new(AgencyGroups.EditorRole(agency.Code), $"{agency.Name}: update its tasks, write and submit its reports, record its KPI measurements."),
        new(AgencyGroups.ViewerRole(agency.Code), $"{agency.Name}: read its tasks, reports and KPI measurements, drafts included."),
    ];

    private static GroupRepresentation AgencyGroup(AgencySeedRecord agency)
    {
        var code = new Dictionary<string, IReadOnlyList<string>> { [AgencyGroups.AgencyCodeAttribute] = [agency.Code] };
        return new GroupRepresentation
        {
            Name = agency.Code,
            Path = AgencyGroups.Path(agency.Code),
            Attributes = code,
            ClientRoles = Grant(AgencyGroups.ViewerRole(agency.Code)),
            SubGroups =
            [
                new GroupRepresentation
                {
                    Name = AgencyGroups.EditorsName,
                    Path = AgencyGroups.EditorsPath(agency.Code),
                    Attributes = code,
                    ClientRoles = Grant(AgencyGroups.EditorRole(agency.Code)),
                },
            ],
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> Grant(string role) =>
        new() { [KhanhHoaRealm.ApiClientId] = [role] };
}
