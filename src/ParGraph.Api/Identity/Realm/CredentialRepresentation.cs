namespace ParGraph.Api.Identity.Realm;

/// <summary>A user's credential; the realm file holds demo passwords in clear (<c>value</c>), which Keycloak hashes on import.</summary>
public sealed record CredentialRepresentation(string Type, string Value, bool Temporary = false)
{
    public const string Password = "password";
}
