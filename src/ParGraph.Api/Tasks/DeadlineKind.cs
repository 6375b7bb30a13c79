using System.ComponentModel;

namespace ParGraph.Api.Tasks;

public enum DeadlineKind
{
    [Description("A day, e.g. \"Trước ngày 15/12/2022\".")]
    Date,

    [Description("A month, e.g. \"Tháng 02/2024\".")]
    Month,

    [Description("A quarter, e.g. \"Quý III/2024\".")]
    Quarter,

    [Description("A half-year, e.g. \"6 tháng đầu năm 2024\".")]
    HalfYear,

    [Description("A year, e.g. \"Năm 2024\", \"Trong năm 2024\".")]
    Year,

    [Description("A span of years or dates, e.g. \"Giai đoạn 2023-2025\".")]
    Range,

    [Description("Ongoing or repeated, e.g. \"Thường xuyên\", \"Mỗi năm ít nhất 02 lần\".")]
    Recurring,

    [Description("Depends on something else, e.g. \"Theo tiến độ của Trung ương\".")]
    Contingent,

    [Description("No deadline could be read; see the text.")]
    Unspecified,
}
