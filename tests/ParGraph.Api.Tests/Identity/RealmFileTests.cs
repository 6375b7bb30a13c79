using ParGraph.Api.Agencies;
using ParGraph.Api.Identity.Realm;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Identity;

/// <summary><c>seeds/keycloak/khanhhoa-realm.json</c> is generated from <c>agencies.csv</c> and agrees with it.</summary>
public class RealmFileTests
{
    private static readonly string RealmPath = RealmFile.PathIn(TestSeeds.Catalog);

    private static RealmRepresentation Realm => RealmJson.ReadFile(RealmPath);

    private static IEnumerable<string> RealAgencyCodes =>
        TestSeeds.Agencies.Where(a => a.Kind != AgencyKind.Group).Select(a => a.Code);

    [Fact]
    public async Task RealmFile_AsCheckedIn_EqualsGeneratedFile()
    {
        var generated = RealmGenerator.GenerateJson(TestSeeds.Catalog);
        var checkedIn = File.Exists(RealmPath) ? await File.ReadAllTextAsync(RealmPath) : "";
        if (generated == checkedIn)
        {
            return;
        }

        var onCi = Environment.GetEnvironmentVariable("CI") == "true";
        if (!onCi)
        {
            await File.WriteAllTextAsync(RealmPath, generated);
        }

        Assert.Fail(
            "seeds/keycloak/khanhhoa-realm.json differs from what agencies.csv and KhanhHoaRealm generate. " +
            (onCi
                ? "Refresh it with `dotnet run --project src/ParGraph.Api -- realm export seeds/keycloak/khanhhoa-realm.json` (or run the tests locally) and commit it."
                : "The file has been refreshed: review the change, commit it, and run the tests again."));
    }

    [Fact]
    public void RealmFile_EveryRealAgency_HasEditorAndViewerRolesAndGroups()
    {
        var realm = Realm;
        var roles = realm.Roles.Client[KhanhHoaRealm.ApiClientId].Select(r => r.Name).ToHashSet();
        var groups = AllGroups(realm.Groups).ToDictionary(g => g.Path);
        foreach (var code in RealAgencyCodes)
        {
            Assert.Contains(AgencyGroups.EditorRole(code), roles);
            Assert.Contains(AgencyGroups.ViewerRole(code), roles);
            Assert.Equal([code], groups[AgencyGroups.Path(code)].Attributes[AgencyGroups.AgencyCodeAttribute]);
            Assert.Equal([AgencyGroups.ViewerRole(code)], groups[AgencyGroups.Path(code)].ClientRoles[KhanhHoaRealm.ApiClientId]);
            Assert.Equal([AgencyGroups.EditorRole(code)], groups[AgencyGroups.EditorsPath(code)].ClientRoles[KhanhHoaRealm.ApiClientId]);
        }
    }

    [Fact]
    public void RealmFile_AgencyRolesAndGroups_NameOnlyRealAgencies()
    {
        var realm = Realm;
        var codes = RealAgencyCodes.ToHashSet();
        Assert.All(realm.Roles.Client[KhanhHoaRealm.ApiClientId], role => Assert.Contains(role.Name.Split(':')[1], codes));
        Assert.All(
            AllGroups(realm.Groups).Where(g => g.Attributes.ContainsKey(AgencyGroups.AgencyCodeAttribute)),
            group => Assert.Contains(group.Attributes[AgencyGroups.AgencyCodeAttribute].Single(), codes));
        Assert.DoesNotContain(realm.Roles.Client[KhanhHoaRealm.ApiClientId], r => r.Name.Contains("ALL-", StringComparison.Ordinal));
    }

    [Fact]
    public void RealmFile_DemoUsers_HaveEmailNamesAndPassword()
    {
        var people = Realm.Users.Where(u => u.ServiceAccountClientId is null).ToList();
        Assert.Equal(["admin", "snv.editor", "stttt.editor", "syt.viewer", "analyst", "ioc.viewer"], people.Select(u => u.Username));
        Assert.All(people, user =>
        {
            Assert.False(string.IsNullOrWhiteSpace(user.Email), user.Username);
            Assert.False(string.IsNullOrWhiteSpace(user.FirstName), user.Username);
            Assert.False(string.IsNullOrWhiteSpace(user.LastName), user.Username);
            Assert.True(Guid.TryParse(user.Id, out _), user.Username);
            Assert.Contains(user.Credentials, c => c is { Type: "password", Value: "demo", Temporary: false });
        });
    }

    [Fact]
    public void RealmFile_References_PointAtDefinedRolesGroupsAndClients()
    {
        var realm = Realm;
        var realmRoles = realm.Roles.Realm.Select(r => r.Name).ToHashSet();
        var clientRoles = realm.Roles.Client[KhanhHoaRealm.ApiClientId].Select(r => r.Name).ToHashSet();
        var groups = AllGroups(realm.Groups).ToList();
        var clients = realm.Clients.ToDictionary(c => c.ClientId);
        Assert.Equal(["par-admin", "ioc", "analyst"], realmRoles);
        Assert.All(realm.Users.SelectMany(u => u.RealmRoles), role => Assert.Contains(role, realmRoles));
        Assert.All(realm.Users.SelectMany(u => u.Groups), path => Assert.Contains(groups, g => g.Path == path));
        Assert.All(groups.SelectMany(g => g.ClientRoles.Values.SelectMany(r => r)), role => Assert.Contains(role, clientRoles));
        var serviceAccount = Assert.Single(realm.Users, u => u.ServiceAccountClientId is not null);
        Assert.Equal(("service-account-ioc-dashboard", "ioc-dashboard"), (serviceAccount.Username, serviceAccount.ServiceAccountClientId));
        Assert.Equal(["ioc"], serviceAccount.RealmRoles);
        Assert.True(clients["ioc-dashboard"] is { PublicClient: false, ServiceAccountsEnabled: true, Secret: "ioc-dashboard-secret" });
    }

    [Fact]
    public void RealmFile_TokenClients_AddTheApiAudience()
    {
        var tokenClients = Realm.Clients.Where(c => !c.BearerOnly).ToList();
        Assert.Equal(["pargraph-cli", "pargraph-ide", "ioc-dashboard", "agency-portal"], tokenClients.Select(c => c.ClientId));
        Assert.All(tokenClients, client => Assert.Contains(client.ProtocolMappers, m =>
            m.ProtocolMapper == "oidc-audience-mapper"
            && m.Config["included.client.audience"] == "pargraph-api"
            && m.Config["access.token.claim"] == "true"));
        Assert.All(tokenClients.Where(c => c.StandardFlowEnabled), client =>
            Assert.Equal("S256", client.Attributes["pkce.code.challenge.method"]));
    }

    private static IEnumerable<GroupRepresentation> AllGroups(IEnumerable<GroupRepresentation> groups) =>
        groups.SelectMany(g => AllGroups(g.SubGroups).Prepend(g));
}
