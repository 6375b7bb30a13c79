using System.Text.Json;

namespace ParGraph.Api.Import;

/// <summary>
/// The fields the importer owns on a task, as the document gives them. Stored on the task after each
/// import, so the next import can tell a field the document changed from one a person changed.
/// </summary>
public sealed record ImportedTaskValues(
    string? Number,
    string? Title,
    string? Product,
    string? DeadlineText,
    string? AssignmentText,
    int? SectionPosition,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Coordinating,
    bool NeedsReview)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportedTaskValues? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ImportedTaskValues>(json, Json);
}
