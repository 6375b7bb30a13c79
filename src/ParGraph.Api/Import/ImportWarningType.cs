using GraphQL.Types;
using ParGraph.Api.Import.Parsing;

namespace ParGraph.Api.Import;

public sealed class ImportWarningType : ObjectGraphType<ImportWarning>
{
    public ImportWarningType()
    {
        Name = "ImportWarning";
        Description = "Something the importer could not read or had to guess.";
        Field(w => w.Line).Description("1-based line in the document (0 when it concerns the whole document).");
        Field(w => w.Message).Description("What happened.");
    }
}
