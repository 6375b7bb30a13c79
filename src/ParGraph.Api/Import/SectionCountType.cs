using GraphQL.Types;

namespace ParGraph.Api.Import;

public sealed class SectionCountType : ObjectGraphType<SectionCount>
{
    public SectionCountType()
    {
        Name = "ImportSectionCount";
        Description = "How many tasks were read in one section.";
        Field(s => s.Section).Description("The section's numbering and title.");
        Field(s => s.Tasks).Description("Tasks read in it.");
    }
}
