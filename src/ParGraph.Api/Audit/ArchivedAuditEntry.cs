namespace ParGraph.Api.Audit;

/// <summary>An <see cref="AuditEntry"/> moved out of the live table by the retention job; never deleted.</summary>
public sealed class ArchivedAuditEntry
{
    /// <summary>The id the entry had in the live table.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Subject { get; set; }

    public string? Username { get; set; }

    public string? AgencyCode { get; set; }

    public required string Operation { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? RequestId { get; set; }

    /// <summary>When the retention job moved the entry.</summary>
    public DateTimeOffset ArchivedAt { get; set; }
}
