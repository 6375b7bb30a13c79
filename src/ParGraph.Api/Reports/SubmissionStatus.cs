using System.ComponentModel;

namespace ParGraph.Api.Reports;

public enum SubmissionStatus
{
    [Description("Submitted by the due date.")]
    OnTime,

    [Description("Submitted after the due date.")]
    Late,

    [Description("Not submitted, and the due date has passed.")]
    Missing,

    [Description("Not submitted yet; the due date has not passed.")]
    Pending,
}
