using System.ComponentModel;

namespace ParGraph.Api.Tasks;

/// <summary>Derived from deadline, status and completion date (the official 2×2, plus DUE_SOON).</summary>
public enum Timeliness
{
    [Description("Open and within its deadline (chưa hoàn thành, trong hạn).")]
    OnTrack,

    [Description("Open and due within 7 days.")]
    DueSoon,

    [Description("Open after its deadline (quá hạn).")]
    Overdue,

    [Description("Completed on or before its deadline (hoàn thành đúng hạn).")]
    CompletedOnTime,

    [Description("Completed after its deadline (hoàn thành quá hạn).")]
    CompletedLate,

    [Description("Has no due date (recurring, contingent or unspecified) or was cancelled.")]
    NoDeadline,
}
