using System.ComponentModel;

namespace ParGraph.Api.Tasks;

public enum TaskGroupBy
{
    [Description("By status.")]
    Status,

    [Description("By timeliness (on time, due soon, overdue…), as of today in Khánh Hòa.")]
    Timeliness,

    [Description("By lead agency; a task led by two agencies counts in both groups.")]
    LeadAgency,

    [Description("By reform area of the task's section.")]
    Area,

    [Description("By plan.")]
    Plan,

    [Description("By the year the task is due.")]
    DueYear,

    [Description("By the quarter (1–4) the task is due.")]
    DueQuarter,
}
