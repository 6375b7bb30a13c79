using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Transport;

namespace ParGraph.Api.PersistedDocuments;

/// <summary>
/// Finds a persisted document first among those already in memory (the files of <c>schema/persisted</c>
/// and documents read before), then in the database, where <c>registerPersistedDocument</c> puts them —
/// so a document registered on one replica is served by every replica. Documents never change once
/// registered, so what is read from the database is kept in memory for good.
/// </summary>
public sealed class DatabasePersistedDocumentStore(InMemoryPersistedDocumentStore memory, IDbContextFactory<ParGraphDbContext> factory)
    : IPersistedDocumentStore
{
    public async ValueTask<string?> FindAsync(string documentId, CancellationToken cancellationToken)
    {
        if (await memory.FindAsync(documentId, cancellationToken) is { } known)
        {
            return known;
        }

        if (documentId.Length > PersistedDocumentService.MaxIdLength)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.PersistedDocuments.AsNoTracking()
            .Where(d => d.Id == documentId || d.Name == documentId)
            .Select(d => d.Document)
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            memory.Add(documentId, found);
        }

        return found;
    }
}
