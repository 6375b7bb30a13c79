using GraphQL.Types;

namespace ParGraph.Api.Reports;

public sealed class SubmissionStatusEnum : EnumerationGraphType<SubmissionStatus>
{
    public SubmissionStatusEnum()
    {
        Name = "SubmissionStatus";
        Description = "Whether an agency's report for a period came in, and when.";
    }
}
