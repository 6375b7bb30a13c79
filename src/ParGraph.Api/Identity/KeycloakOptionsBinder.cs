using System.Globalization;

namespace ParGraph.Api.Identity;

/// <summary>
/// Binds <see cref="KeycloakOptions"/> from the keys of Keycloak's adapter file (<c>auth-server-url</c>…)
/// or their PascalCase forms (<c>AuthServerUrl</c>…); configuration keys ignore case, so <c>realm</c>
/// and <c>Realm</c> are one key. When both spellings of a key are given, they must agree.
/// </summary>
public static class KeycloakOptionsBinder
{
    public static void Bind(IConfiguration section, KeycloakOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        options.Realm = Read(section, "realm", "Realm") ?? options.Realm;
        options.AuthServerUrl = Read(section, "auth-server-url", "AuthServerUrl") ?? options.AuthServerUrl;
        options.Resource = Read(section, "resource", "Resource") ?? options.Resource;
        options.SslRequired = Read(section, "ssl-required", "SslRequired") ?? options.SslRequired;
        if (Read(section, "verify-token-audience", "VerifyTokenAudience") is { } verify)
        {
            options.VerifyTokenAudience = bool.TryParse(verify, out var value)
                ? value
                : throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                    "Keycloak:verify-token-audience must be true or false, not '{0}'.", verify));
        }
    }

    /// <summary>Whether the section holds any value (then realm and auth-server-url are required).</summary>
    public static bool IsUsed(IConfiguration section) =>
        section.AsEnumerable().Any(pair => !string.IsNullOrWhiteSpace(pair.Value));

    private static string? Read(IConfiguration section, string kebab, string pascal)
    {
        var first = Trimmed(section[kebab]);
        var second = Trimmed(section[pascal]);
        if (first is not null && second is not null && first != second)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                "Keycloak:{0} ('{1}') and Keycloak:{2} ('{3}') disagree; set one of them.", kebab, first, pascal, second));
        }

        return first ?? second;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
