namespace ParGraph.Api.Audit;

/// <summary>An append-only record of one change: who, when, what, before and after.</summary>
public sealed class AuditEntry : AuditRecord;
