using System.Text.Json;
using System.Text.Json.Serialization;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>Reads <c>seeds/documents/manifest.json</c>: a JSON array of <see cref="DocumentManifestEntry"/>.</summary>
public static class DocumentManifestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters =
        {
            new JsonStringEnumConverter<PlanKind>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false),
            new JsonStringEnumConverter<SeedDocumentRole>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
        },
    };

    public static IReadOnlyList<DocumentManifestEntry> Read(Stream json) =>
        JsonSerializer.Deserialize<List<DocumentManifestEntry>>(json, Options)
        ?? throw new JsonException("manifest.json holds null instead of an array of documents.");

    public static IReadOnlyList<DocumentManifestEntry> Read(string json) =>
        JsonSerializer.Deserialize<List<DocumentManifestEntry>>(json, Options)
        ?? throw new JsonException("manifest.json holds null instead of an array of documents.");
}
