using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>
/// The development provider's keys, created once and kept in <c>&lt;PARGRAPH_HOME&gt;/dev-identity/signing-key.json</c>
/// (mode 0600): an RSA key signing access and ID tokens (RS256, <c>kid</c> = its RFC 7638 thumbprint) and,
/// as in Keycloak, a separate HMAC key signing refresh tokens (HS512), so a refresh token never passes as an access token.
/// </summary>
public sealed class DevelopmentSigningKeys
{
    public const string FileName = "signing-key.json";

    private DevelopmentSigningKeys(RSA rsa, byte[] refreshSecret)
    {
        var publicKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false));
        PublicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);
        KeyId = Base64UrlEncoder.Encode(PublicJwk.ComputeJwkThumbprint());
        PublicJwk.Kid = publicKey.KeyId = KeyId;
        PublicJwk.Alg = SecurityAlgorithms.RsaSha256;
        PublicJwk.Use = JsonWebKeyUseNames.Sig;
        PublicKey = publicKey;
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
        RefreshKey = new SymmetricSecurityKey(refreshSecret) { KeyId = "refresh-" + KeyId[..16] };
        RefreshCredentials = new SigningCredentials(RefreshKey, SecurityAlgorithms.HmacSha512);
    }

    public string KeyId { get; }

    /// <summary>The public half: validates access tokens.</summary>
    public RsaSecurityKey PublicKey { get; }

    /// <summary>The public key as published in the JWKS (<c>kid</c>, <c>kty</c>, <c>alg</c>, <c>use</c>, <c>n</c>, <c>e</c>).</summary>
    public JsonWebKey PublicJwk { get; }

    public SigningCredentials SigningCredentials { get; }

    public SymmetricSecurityKey RefreshKey { get; }

    public SigningCredentials RefreshCredentials { get; }

    /// <summary>Reads the key file in <paramref name="directory"/>, creating it (and the folder) on first use.</summary>
    public static DevelopmentSigningKeys LoadOrCreate(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            Create(directory, path);
        }

        var stored = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path))
            ?? throw new FormatException($"{path} is empty; delete it to create a new key.");
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKey);
        return new DevelopmentSigningKeys(rsa, Convert.FromBase64String(stored.RefreshSecret));
    }

    private static void Create(string directory, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var rsa = RSA.Create(2048);
        var stored = new StoredKeys(rsa.ExportPkcs8PrivateKeyPem(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, stored);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another process created the key first: use theirs
        }
    }

    private sealed record StoredKeys(string PrivateKey, string RefreshSecret);
}
