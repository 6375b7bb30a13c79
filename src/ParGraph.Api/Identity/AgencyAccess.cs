using System.ComponentModel;

namespace ParGraph.Api.Identity;

public enum AgencyAccess
{
    [Description("Reads the agency's work, including its report drafts.")]
    Viewer,

    [Description("Also updates the tasks the agency leads, writes and submits its reports, records its KPI measurements.")]
    Editor,
}
