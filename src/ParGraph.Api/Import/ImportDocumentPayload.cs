using GraphQL.Types;

namespace ParGraph.Api.Import;

public sealed record ImportDocumentPayload(ImportReport Report);

public sealed class ImportDocumentPayloadType : ObjectGraphType<ImportDocumentPayload>
{
    public ImportDocumentPayloadType()
    {
        Name = "ImportDocumentPayload";
        Description = "The import report.";
        Field<NonNullGraphType<ImportReportType>>("report").Description("What was read, written and not understood.")
            .Resolve(c => c.Source.Report);
    }
}
