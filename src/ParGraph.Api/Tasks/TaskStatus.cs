using System.ComponentModel;

namespace ParGraph.Api.Tasks;

public enum TaskStatus
{
    [Description("Not started (chưa thực hiện).")]
    NotStarted,

    [Description("In progress (đang thực hiện).")]
    InProgress,

    [Description("Completed (đã hoàn thành).")]
    Completed,

    [Description("Cancelled by the PAR office.")]
    Cancelled,
}
