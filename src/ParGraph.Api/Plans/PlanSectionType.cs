using GraphQL.Types;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Plans;

public sealed class PlanSectionType : ObjectGraphType<PlanSection>
{
    public PlanSectionType()
    {
        Name = "PlanSection";
        Description = "A titled part of a plan's task table (e.g. \"II. Cải cách thủ tục hành chính\"), tied to one reform area.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("ID of the section within this API.").Resolve(c => c.Source.Id);
        Field(s => s.Code, nullable: true).Description("Numbering as printed, e.g. `II`.");
        Field(s => s.Title).Description("Title as printed.");
        Field<NonNullGraphType<ReformAreaEnum>>("area").Description("The reform area of the section.").Resolve(c => c.Source.Area);
        Field(s => s.Position).Description("Order of the section within its plan, from 1.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskType>>>>("tasks")
            .Description("The section's tasks in document order.")
            .Resolve(c => c.Load(TaskLoaders.TasksBySectionId, c.Source.Id));
    }
}
