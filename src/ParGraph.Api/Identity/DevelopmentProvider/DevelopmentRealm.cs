using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>
/// The realm file as the development provider uses it: users, clients and the roles a user holds
/// directly and through groups (a group's roles include its ancestors', as in Keycloak).
/// </summary>
public sealed class DevelopmentRealm
{
    private readonly Dictionary<string, UserRepresentation> users;
    private readonly Dictionary<string, ClientRepresentation> clients;
    private readonly Dictionary<string, GroupRepresentation[]> groupChains = new(StringComparer.Ordinal);

    public DevelopmentRealm(RealmRepresentation realm)
    {
        Representation = realm;
        users = realm.Users.ToDictionary(u => u.Username, StringComparer.OrdinalIgnoreCase);
        clients = realm.Clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        AddChains(realm.Groups, []);
    }

    public RealmRepresentation Representation { get; }

    public string Name => Representation.Realm;

    /// <summary>People who log in with a password (not service accounts), in file order.</summary>
    public IEnumerable<UserRepresentation> People => Representation.Users.Where(u => u.ServiceAccountClientId is null);

    public ClientRepresentation? FindClient(string clientId) => clients.GetValueOrDefault(clientId);

    /// <summary>A person by username (case-insensitive, as Keycloak stores usernames in lower case).</summary>
    public UserRepresentation? FindPerson(string username) =>
        users.GetValueOrDefault(username) is { ServiceAccountClientId: null } user ? user : null;

    public UserRepresentation? FindById(string id) => Representation.Users.FirstOrDefault(u => u.Id == id);

    public UserRepresentation? ServiceAccountOf(string clientId) =>
        Representation.Users.FirstOrDefault(u => u.ServiceAccountClientId == clientId);

    public IReadOnlyList<string> RealmRolesOf(UserRepresentation user) =>
        user.RealmRoles.Concat(GroupsOf(user).SelectMany(g => g.RealmRoles)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Client roles by client id, only for clients where the user holds at least one role.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRolesOf(UserRepresentation user) =>
        GroupsOf(user).Select(g => g.ClientRoles).Prepend(user.ClientRoles)
            .SelectMany(mapping => mapping)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(g => (Client: g.Key, Roles: g.SelectMany(p => p.Value).Distinct().Order(StringComparer.Ordinal).ToList()))
            .Where(g => g.Roles.Count > 0)
            .OrderBy(g => g.Client, StringComparer.Ordinal)
            .ToDictionary(g => g.Client, IReadOnlyList<string> (g) => g.Roles, StringComparer.Ordinal);

    /// <summary>
    /// What Keycloak puts in <c>aud</c>: the client's audience mappers plus every other client the user
    /// holds roles on (the default "audience resolve" mapper).
    /// </summary>
    public IReadOnlyList<string> AudiencesFor(ClientRepresentation client, UserRepresentation user) =>
        client.ProtocolMappers
            .Where(m => m.ProtocolMapper == ProtocolMapperRepresentation.AudienceMapper
                && m.Config.GetValueOrDefault("access.token.claim") != "false")
            .Select(m => m.Config.GetValueOrDefault(ProtocolMapperRepresentation.IncludedClientAudience))
            .OfType<string>()
            .Concat(ClientRolesOf(user).Keys.Where(id => id != client.ClientId))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private IEnumerable<GroupRepresentation> GroupsOf(UserRepresentation user) =>
        user.Groups.SelectMany(path => groupChains.GetValueOrDefault(path) ?? []).Distinct();

    private void AddChains(IEnumerable<GroupRepresentation> groups, GroupRepresentation[] ancestors)
    {
        foreach (var group in groups)
        {
            GroupRepresentation[] chain = [.. ancestors, group];
            groupChains[group.Path] = chain;
            AddChains(group.SubGroups, chain);
        }
    }
}
