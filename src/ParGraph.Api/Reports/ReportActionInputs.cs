using GraphQL.Types;

namespace ParGraph.Api.Reports;

/// <summary>The report a workflow step applies to (submit, approve), with the version the caller read.</summary>
public record ReportActionInput
{
    public string ReportId { get; init; } = "";

    public int? ExpectedVersion { get; init; }
}

/// <summary>Returning a report needs a reason.</summary>
public sealed record ReturnReportInput : ReportActionInput
{
    public string Reason { get; init; } = "";
}

public abstract class ReportActionInputType<T> : InputObjectGraphType<T>
    where T : ReportActionInput
{
    protected ReportActionInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("Global ID of the report.");
        Field<IntGraphType>("expectedVersion").Description("The report's `version` as you read it; a different current version answers CONFLICT.");
    }
}

public sealed class SubmitReportInputType() : ReportActionInputType<ReportActionInput>(
    "SubmitReportInput", "The DRAFT or RETURNED report to submit to the SNV PAR office.");

public sealed class ApproveReportInputType() : ReportActionInputType<ReportActionInput>(
    "ApproveReportInput", "The SUBMITTED report to approve; its entries are applied to the tasks the agency leads.");

public sealed class ReturnReportInputType : ReportActionInputType<ReturnReportInput>
{
    public ReturnReportInputType()
        : base("ReturnReportInput", "The SUBMITTED report to send back to its agency, and why.") =>
        Field(x => x.Reason).Description("Why it is returned, for the agency (1–2000 characters).");
}
