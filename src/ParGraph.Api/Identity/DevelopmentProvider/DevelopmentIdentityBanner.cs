using System.Text;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>The start-up banner's identity part: the demo users, what they may do, and how to get a token.</summary>
public static class DevelopmentIdentityBanner
{
    public static string Describe(DevelopmentIdentityProvider provider, string url)
    {
        if (!provider.Enabled)
        {
            return "Identity: Keycloak (Keycloak:auth-server-url); the development identity provider is off.";
        }

        var realm = provider.RealmData;
        var text = new StringBuilder($"Identity: development identity provider at {url}/realms/{provider.Realm} (from seeds/keycloak).\n");
        text.Append($"  Demo users (password {KhanhHoaRealm.DemoPassword}):\n");
        foreach (var user in realm.People)
        {
            var roles = realm.RealmRolesOf(user).Concat(realm.ClientRolesOf(user).SelectMany(c => c.Value));
            text.Append($"    {user.Username,-14} {string.Join(", ", roles)}\n");
        }

        text.Append("  Clients: pargraph-cli (password grant), ioc-dashboard (client_credentials, secret ")
            .Append(KhanhHoaRealm.IocDashboardSecret).Append(", realm role ioc)\n");
        text.Append("  Token: TOKEN=$(curl -s -d grant_type=password -d client_id=pargraph-cli -d username=snv.editor -d password=")
            .Append(KhanhHoaRealm.DemoPassword).Append($" {url}/realms/{provider.Realm}/protocol/openid-connect/token")
            .Append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        return text.ToString();
    }
}
