using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ParGraph.Api.Tasks;

/// <summary>What the audit log and the task's history keep of a task.</summary>
public sealed record TaskSnapshot(
    int PlanId, int? SectionId, string? Number, string? Title, string? Product,
    string? DeadlineText, DeadlineKind DeadlineKind, DateOnly? DeadlineStart, DateOnly? DeadlineDue,
    IReadOnlyList<string> Lead, IReadOnlyList<string> Coordinating,
    TaskStatus Status, int Progress, DateOnly? CompletedOn, bool Deleted)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>The task as it stands; its assignments must be loaded with their agencies.</summary>
    public static TaskSnapshot Of(PlanTask t) => new(
        t.PlanId, t.SectionId, t.Number, t.Title, t.Product,
        t.Deadline.Text, t.Deadline.Kind, t.Deadline.Start, t.Deadline.Due,
        Codes(t, AssignmentRole.Lead), Codes(t, AssignmentRole.Coordinating),
        t.Status, t.Progress, t.CompletedOn, t.DeletedAt is not null);

    /// <summary>The fields that differ, as JSON <c>{ "field": [before, after] }</c>, or null when none does.</summary>
    public static string? Changes(TaskSnapshot before, TaskSnapshot after)
    {
        var (old, now) = (JsonSerializer.SerializeToNode(before, Json)!.AsObject(), JsonSerializer.SerializeToNode(after, Json)!.AsObject());
        var changes = new JsonObject();
        foreach (var (name, value) in now)
        {
            if (!JsonNode.DeepEquals(old[name], value))
            {
                changes[name] = new JsonArray(old[name]?.DeepClone(), value?.DeepClone());
            }
        }

        return changes.Count == 0 ? null : changes.ToJsonString();
    }

    private static string[] Codes(PlanTask task, AssignmentRole role) =>
        [.. task.Assignments.Where(a => a.Role == role).OrderBy(a => a.Position).Select(a => a.Agency!.Code)];
}
