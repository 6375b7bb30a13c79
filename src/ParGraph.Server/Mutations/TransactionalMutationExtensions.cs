using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Mutations;

public static class TransactionalMutationExtensions
{
    private const string UniqueViolation = "23505"; // SQLSTATE, the same on every SQL database

    /// <summary>
    /// Runs <paramref name="change"/> on a context of its own inside one transaction, saves and commits —
    /// or, when it throws, writes nothing. A row changed by someone else meanwhile (row version) answers
    /// <c>CONFLICT</c> with <paramref name="conflictMessage"/> and the row's current version; a duplicate key
    /// answers <c>CONFLICT</c> with <paramref name="conflictMessage"/>; never a 500.
    /// </summary>
    public static async Task<T> MutateAsync<TContext, T>(
        this IDbContextFactory<TContext> factory,
        Func<TContext, CancellationToken, Task<T>> change,
        string conflictMessage,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await change(db, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw await ConcurrentChangeAsync(ex, conflictMessage, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException { SqlState: UniqueViolation })
        {
            throw ApiException.Conflict(conflictMessage);
        }
    }

    /// <summary>
    /// The <c>CONFLICT</c> for a row whose version changed between the caller's read and the save: a lost
    /// race that the version check before the change could not see. It carries the version that won, read
    /// again in the same transaction (which a row-version miss leaves usable), as a stale version does.
    /// </summary>
    private static async Task<ApiException> ConcurrentChangeAsync(
        DbUpdateConcurrencyException ex, string message, CancellationToken cancellationToken)
    {
        var entry = ex.Entries.FirstOrDefault();
        var token = entry?.Metadata.GetProperties().FirstOrDefault(p => p.IsConcurrencyToken);
        if (entry is null || token is null)
            return ApiException.Conflict(message);
        var current = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
        if (current?[token] is not uint version)
            return ApiException.Conflict(message);
        return ApiException.Conflict(message, new Dictionary<string, object?>
        {
            ["currentVersion"] = RowVersion.ToInt32(version),
            ["field"] = RowVersion.Field,
        });
    }
}
