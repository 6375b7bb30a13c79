using GraphQL.Types;

namespace ParGraph.Api.PersistedDocuments;

public sealed record RegisterPersistedDocumentInput
{
    public string Document { get; init; } = "";

    public string? Name { get; init; }
}

public sealed class RegisterPersistedDocumentInputType : InputObjectGraphType<RegisterPersistedDocumentInput>
{
    public RegisterPersistedDocumentInputType()
    {
        Name = "RegisterPersistedDocumentInput";
        Description = "A GraphQL document to persist, so clients can send its id instead of its text.";
        Field(x => x.Document).Description("The document's text; it must validate against the schema. Its id is `sha256:` and the SHA-256 of this text, in lower-case hex.");
        Field(x => x.Name, nullable: true).Description("A name clients may send as `documentId` too: lower-case letters and digits joined by '-', e.g. `ioc-overview`.");
    }
}
