using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Identity.Realm;

/// <summary>Where the realm file lives: <c>seeds/keycloak/khanhhoa-realm.json</c>.</summary>
public static class RealmFile
{
    public const string FolderName = "keycloak";

    public static string FileName(string realm) => $"{realm}-realm.json";

    public static string PathIn(SeedCatalog seeds, string realm = KhanhHoaRealm.Name) =>
        Path.Combine(seeds.RootPath, FolderName, FileName(realm));
}
