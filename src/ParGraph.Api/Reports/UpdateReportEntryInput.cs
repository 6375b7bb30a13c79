using GraphQL.Types;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>New content of one entry; a field left out (or null) keeps its value.</summary>
public sealed record UpdateReportEntryInput
{
    public string ReportId { get; init; } = "";

    public string TaskId { get; init; } = "";

    public string? Result { get; init; }

    public TaskStatus? Status { get; init; }

    public int? Progress { get; init; }

    public List<string>? Evidence { get; init; }

    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateReportEntryInputType : InputObjectGraphType<UpdateReportEntryInput>
{
    public UpdateReportEntryInputType()
    {
        Name = "UpdateReportEntryInput";
        Description = "What the agency reports on one task of a DRAFT or RETURNED report; fields left out keep their value.";
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("Global ID of the report.");
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task the entry is about.");
        Field(x => x.Result, nullable: true).Description("The result achieved (at most 4000 characters); an empty text clears it.");
        Field<TaskStatusEnum>("status").Description("The status to report: NOT_STARTED, IN_PROGRESS or COMPLETED (cancelling is for the PAR office).");
        Field(x => x.Progress, nullable: true).Description("Progress in percent, 0–100; COMPLETED means 100.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("evidence")
            .Description("Evidence links, absolute http(s) URLs (at most 20, 2000 characters each); replaces the list, `[]` clears it.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The report's `version` as you read it; a different current version answers CONFLICT.");
    }
}
