using GraphQL.Types;

namespace ParGraph.Api.Import;

public sealed class UnresolvedAgencyNameType : ObjectGraphType<UnresolvedAgencyName>
{
    public UnresolvedAgencyNameType()
    {
        Name = "UnresolvedAgencyName";
        Description = "A responsibility name that matches no agency in the registry.";
        Field(u => u.Name).Description("The name as printed.");
        Field(u => u.Line).Description("Line of the task row.");
        Field(u => u.TaskNumber, nullable: true).Description("The task's number as printed.");
    }
}
