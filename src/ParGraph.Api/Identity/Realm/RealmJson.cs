using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ParGraph.Api.Identity.Realm;

/// <summary>Reads and writes realm files: Keycloak's camelCase names, two-space indent, no empty or null values.</summary>
public static class RealmJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
    };

    public static string Write(RealmRepresentation realm) =>
        JsonSerializer.Serialize(realm, Options).ReplaceLineEndings("\n") + "\n";

    public static RealmRepresentation Read(string json) =>
        JsonSerializer.Deserialize<RealmRepresentation>(json, Options)
        ?? throw new FormatException("The realm file is empty.");

    public static RealmRepresentation ReadFile(string path)
    {
        try
        {
            return Read(File.ReadAllText(path));
        }
        catch (JsonException error)
        {
            throw new FormatException($"{path} is not a Keycloak realm file: {error.Message}", error);
        }
    }

    private static void OmitEmptyCollections(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
