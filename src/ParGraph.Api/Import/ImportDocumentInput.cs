using GraphQL.Types;

namespace ParGraph.Api.Import;

public sealed record ImportDocumentInput
{
    public string FileName { get; init; } = "";

    public string Text { get; init; } = "";

    public bool DryRun { get; init; }
}

public sealed class ImportDocumentInputType : InputObjectGraphType<ImportDocumentInput>
{
    public ImportDocumentInputType()
    {
        Name = "ImportDocumentInput";
        Description = "A province document as text (extracted from PDF/Word), to read into a plan.";
        Field(x => x.FileName).Description("The file's name; importing the same name again updates the same plan.");
        Field(x => x.Text).Description("The whole text, UTF-8.");
        Field(x => x.DryRun, nullable: true).DefaultValue(false).Description("Read and report only; write nothing.");
    }
}
