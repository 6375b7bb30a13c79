namespace ParGraph.Api.Identity.Realm;

/// <summary>A client's token mapper, e.g. <c>oidc-audience-mapper</c>.</summary>
public sealed record ProtocolMapperRepresentation
{
    public const string AudienceMapper = "oidc-audience-mapper";
    public const string IncludedClientAudience = "included.client.audience";

    public required string Name { get; init; }

    public string Protocol { get; init; } = "openid-connect";

    public required string ProtocolMapper { get; init; }

    public bool ConsentRequired { get; init; }

    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>Adds <paramref name="audience"/> (a client id) to the <c>aud</c> of access tokens.</summary>
    public static ProtocolMapperRepresentation Audience(string audience) => new()
    {
        Name = $"audience {audience}",
        ProtocolMapper = AudienceMapper,
        Config = new Dictionary<string, string>
        {
            [IncludedClientAudience] = audience,
            ["id.token.claim"] = "false",
            ["access.token.claim"] = "true",
            ["introspection.token.claim"] = "true",
        },
    };
}
