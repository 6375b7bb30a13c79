namespace ParGraph.Api.Audit;

/// <summary>An <see cref="AuditEntry"/> moved out of the live table by the retention job (same id); never deleted.</summary>
public sealed class ArchivedAuditEntry : AuditRecord
{
    /// <summary>When the retention job moved the entry.</summary>
    public DateTimeOffset ArchivedAt { get; set; }
}
