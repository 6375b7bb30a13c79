using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParGraph.Api.Scores;

/// <summary>The components of a published score as stored in <see cref="AgencyRankingEntry.Components"/>.</summary>
public static class AgencyScoreComponents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static string ToJson(IReadOnlyList<AgencyScoreComponent> components) => JsonSerializer.Serialize(components, Json);

    public static IReadOnlyList<AgencyScoreComponent> FromJson(string json) =>
        JsonSerializer.Deserialize<List<AgencyScoreComponent>>(json, Json) ?? [];
}
