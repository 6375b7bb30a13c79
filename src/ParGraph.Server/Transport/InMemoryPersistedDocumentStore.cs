using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ParGraph.Server.Transport;

/// <summary>
/// The default <see cref="IPersistedDocumentStore"/>: a thread-safe dictionary the product fills at
/// start-up (e.g. from a manifest). Ids are stored as given; <see cref="Add(string)"/> files a document
/// under its <c>sha256:&lt;hex&gt;</c> id.
/// </summary>
public sealed class InMemoryPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>Files <paramref name="document"/> under its SHA-256 id and returns that id.</summary>
    public string Add(string document)
    {
        var id = "sha256:" + ComputeSha256(document);
        _documents[id] = document;
        return id;
    }

    public void Add(string documentId, string document) => _documents[documentId] = document;

    public ValueTask<string?> FindAsync(string documentId, CancellationToken cancellationToken) =>
        new(_documents.TryGetValue(documentId, out var document) ? document : null);

    public static string ComputeSha256(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
