using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Audit;

/// <summary>Adds audit entries to the caller's unit of work, so they commit or roll back with the change.</summary>
public static class AuditLog
{
    // Enums by the names the API uses (PROVINCE_BODY), not by their number, which changes when an enum is reordered.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static void Record(
        ParGraphDbContext db,
        ClaimsPrincipal? user,
        DateTimeOffset at,
        string operation,
        string entityType,
        string? entityId,
        object? before,
        object? after,
        string? agencyCode = null)
    {
        var caller = user is null ? null : new CurrentUser(user);
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Subject = caller?.Subject,
            Username = caller?.Username,
            AgencyCode = agencyCode,
            Operation = operation,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
