using System.Security.Claims;
using System.Text.Json;
using ParGraph.Api.Data;

namespace ParGraph.Api.Audit;

/// <summary>Adds audit entries to the caller's unit of work, so they commit or roll back with the change.</summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Record(
        ParGraphDbContext db,
        ClaimsPrincipal? user,
        DateTimeOffset at,
        string operation,
        string entityType,
        string? entityId,
        object? before,
        object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Subject = user?.FindFirstValue("sub") ?? user?.FindFirstValue(ClaimTypes.NameIdentifier),
            Username = user?.FindFirstValue("preferred_username") ?? user?.Identity?.Name,
            Operation = operation,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
