namespace ParGraph.Api.Audit;

/// <summary>What an audit entry records, live (<see cref="AuditEntry"/>) or archived (<see cref="ArchivedAuditEntry"/>).</summary>
public abstract class AuditRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Subject { get; set; }

    public string? Username { get; set; }

    public string? AgencyCode { get; set; }

    /// <summary>The mutation or job that made the change, e.g. <c>upsertAgency</c>.</summary>
    public required string Operation { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>JSON of the entity before the change (null when created).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the entity after the change (null when deleted).</summary>
    public string? After { get; set; }

    /// <summary>The HTTP request that made the change (its <c>X-Request-Id</c>); null for jobs and the command line.</summary>
    public string? RequestId { get; set; }
}
