using GraphQL.Types;

namespace ParGraph.Api.PersistedDocuments;

public sealed class PersistedDocumentType : ObjectGraphType<PersistedDocument>
{
    public PersistedDocumentType()
    {
        Name = "PersistedDocument";
        Description = "A registered GraphQL document that clients run by sending its `documentId` instead of its text.";
        Field("documentId", d => d.Id).Description("The id to send: `sha256:<hex>` of the text.");
        Field(d => d.Name, nullable: true).Description("The name clients may send as `documentId` instead.");
        Field(d => d.Document).Description("The document's text.");
        Field(d => d.RegisteredBy, nullable: true).Description("Username of who registered it.");
        Field(d => d.RegisteredAt).Description("When it was registered.");
    }
}

public sealed record RegisterPersistedDocumentPayload(PersistedDocument PersistedDocument);

public sealed class RegisterPersistedDocumentPayloadType : ObjectGraphType<RegisterPersistedDocumentPayload>
{
    public RegisterPersistedDocumentPayloadType()
    {
        Name = "RegisterPersistedDocumentPayload";
        Description = "The persisted document as registered.";
        Field<NonNullGraphType<PersistedDocumentType>>("persistedDocument").Description("The registered document.").Resolve(c => c.Source.PersistedDocument);
    }
}
