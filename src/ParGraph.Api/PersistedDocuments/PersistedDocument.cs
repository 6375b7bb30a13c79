namespace ParGraph.Api.PersistedDocuments;

/// <summary>
/// A GraphQL document registered by the SNV PAR office, so clients can send its <see cref="Id"/>
/// (<c>sha256:&lt;hex&gt;</c> of the text) or its <see cref="Name"/> as <c>documentId</c> instead of the text.
/// Immutable once registered: the id is the text's hash and a name is never reused for another text.
/// </summary>
public sealed class PersistedDocument
{
    public required string Id { get; set; }

    public string? Name { get; set; }

    public required string Document { get; set; }

    public string? RegisteredBy { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
