using GraphQL.Types;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public sealed class ReportEntryType : ObjectGraphType<ReportEntry>
{
    public ReportEntryType()
    {
        Name = "ReportEntry";
        Description = "What the agency reports on one task: the result (kết quả), the status and progress it reports, and evidence links.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque ID of the entry.")
            .Resolve(c => GlobalId.Encode("ReportEntry", c.Source.Id));
        Field<NonNullGraphType<TaskType>>("task").Description("The task reported on.")
            .Resolve(c => c.Load(TaskLoaders.TaskById, c.Source.TaskId));
        Field(e => e.Result, nullable: true).Description("The result achieved (kết quả thực hiện), as the agency writes it.");
        Field<TaskStatusEnum>("status").Description("The status the agency reports; applied to the task on approval when the agency leads it.")
            .Resolve(c => c.Source.Status);
        Field(e => e.Progress, nullable: true).Description("The progress (0–100 %) the agency reports; applied like `status`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence")
            .Description("Links (absolute http(s) URLs) to the products or documents that prove the result.")
            .Resolve(c => c.Source.Evidence);
    }
}
