using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Import;

public sealed class ImportMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation) =>
        mutation.InputMutation<ImportDocumentInputType, ImportDocumentPayloadType>(
                "importDocument",
                "Reads a province document into a plan with sections, tasks, assignments and KPI targets (SNV PAR office). Idempotent; fields edited since the last import are kept and reported.",
                "The document.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async context =>
            {
                var input = context.Input<ImportDocumentInput>();
                var report = await context.RequestServices!.GetRequiredService<ImportService>().ImportAsync(
                    new ImportRequest(input.FileName, input.Text, input.DryRun), context.User, context.CancellationToken);
                return new ImportDocumentPayload(report);
            });
}
