using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.PersistedDocuments;

public sealed class PersistedDocumentMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation) =>
        mutation.InputMutation<RegisterPersistedDocumentInputType, RegisterPersistedDocumentPayloadType>(
                "registerPersistedDocument",
                "Persists a GraphQL document so clients can send its `documentId` instead of its text (SNV PAR office). Registering the same text again changes nothing.",
                "The document and an optional name.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async context =>
            {
                var document = await context.RequestServices!.GetRequiredService<PersistedDocumentService>().RegisterAsync(
                    context.Input<RegisterPersistedDocumentInput>(), context.User!, context.CancellationToken);
                return new RegisterPersistedDocumentPayload(document);
            });
}
