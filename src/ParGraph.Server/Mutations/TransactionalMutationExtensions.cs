using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Mutations;

public static class TransactionalMutationExtensions
{
    private const string UniqueViolation = "23505"; // SQLSTATE, the same on every SQL database

    /// <summary>
    /// Runs <paramref name="change"/> on a context of its own inside one transaction, saves and commits —
    /// or, when it throws, writes nothing. A row changed by someone else meanwhile (row version) or a
    /// duplicate key answers <c>CONFLICT</c> with <paramref name="conflictMessage"/>, never a 500.
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
        catch (DbUpdateConcurrencyException)
        {
            throw ApiException.Conflict(conflictMessage);
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException { SqlState: UniqueViolation })
        {
            throw ApiException.Conflict(conflictMessage);
        }
    }
}
