using System.ComponentModel;

namespace ParGraph.Api.Reports;

public enum ReportChangeKind
{
    [Description("A report was opened (or reopened with entries for newly assigned tasks).")]
    Opened,

    [Description("An entry of the report was updated.")]
    EntryUpdated,

    [Description("The report was submitted.")]
    Submitted,

    [Description("The SNV PAR office approved the report.")]
    Approved,

    [Description("The SNV PAR office returned the report for changes.")]
    Returned,

    [Description("Changes may have been missed (the server lost its event feed for a moment): re-read what you show.")]
    Resync,
}
