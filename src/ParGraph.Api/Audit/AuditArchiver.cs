using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;

namespace ParGraph.Api.Audit;

/// <summary>Moves old audit entries to the archive table in one statement: archived, never deleted.</summary>
public sealed class AuditArchiver(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock)
{
    public const string Operation = "archiveAuditLog";

    /// <summary>
    /// Moves every entry with <c>at</c> before <paramref name="cutoff"/> to <c>audit_archive</c> (DELETE … RETURNING
    /// feeding an INSERT, so a row is in exactly one table at every moment) and, when any moved, records how many
    /// in the live log — in the same transaction. Returns the number moved.
    /// </summary>
    public async Task<int> ArchiveAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        var moved = await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH moved AS (DELETE FROM audit_entries WHERE at < {cutoff.ToUniversalTime()} RETURNING *)
            INSERT INTO audit_archive (id, at, subject, username, agency_code, operation, entity_type, entity_id, before, after, request_id, archived_at)
            SELECT id, at, subject, username, agency_code, operation, entity_type, entity_id, before, after, request_id, {now} FROM moved
            """, ct);
        if (moved > 0)
        {
            AuditLog.Record(db, null, now, Operation, nameof(AuditEntry), null, null, new { Archived = moved, Before = cutoff });
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return moved;
    }

    /// <summary>Archives what <paramref name="retentionDays"/> says is old; 0 archives nothing.</summary>
    public Task<int> ArchiveOlderThanAsync(int retentionDays, CancellationToken ct) =>
        retentionDays <= 0 ? Task.FromResult(0) : ArchiveAsync(clock.UtcNow.AddDays(-retentionDays), ct);
}
