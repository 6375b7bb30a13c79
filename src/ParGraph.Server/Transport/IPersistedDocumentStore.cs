namespace ParGraph.Server.Transport;

/// <summary>
/// Looks up persisted documents: a request may carry <c>documentId</c> (e.g. <c>sha256:&lt;hash&gt;</c>)
/// or <c>extensions.persistedQuery.sha256Hash</c> instead of <c>query</c>.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text for <paramref name="documentId"/>, or null when it is unknown.</summary>
    ValueTask<string?> FindAsync(string documentId, CancellationToken cancellationToken);
}
