using System.ComponentModel;

namespace ParGraph.Api.Reports;

public enum PeriodKind
{
    [Description("First quarter (quý I).")]
    Q1,

    [Description("First half-year (6 tháng đầu năm).")]
    H1,

    [Description("First nine months (9 tháng).")]
    Q3,

    [Description("The whole year (năm).")]
    Year,
}
