using System.ComponentModel;

namespace ParGraph.Api.Reports;

public enum ReportStatus
{
    [Description("Being written by the agency; only the agency and the SNV PAR office see it.")]
    Draft,

    [Description("Sent to the SNV PAR office for review; every reader sees it.")]
    Submitted,

    [Description("Accepted by the SNV PAR office; its entries have been applied to the tasks.")]
    Approved,

    [Description("Sent back by the SNV PAR office with a reason; editable again, then resubmitted.")]
    Returned,
}
