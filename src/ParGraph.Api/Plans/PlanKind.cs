using System.ComponentModel;

namespace ParGraph.Api.Plans;

public enum PlanKind
{
    [Description("Multi-year programme (chương trình), e.g. the PAR programme 2021–2030.")]
    Programme,

    [Description("Annual plan (kế hoạch năm).")]
    AnnualPlan,

    [Description("Plan on one theme (kế hoạch chuyên đề).")]
    ThematicPlan,

    [Description("Task framework, e.g. for improving the PAPI index (khung nhiệm vụ).")]
    Framework,
}
