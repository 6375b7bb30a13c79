using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// A numeric objective, e.g. "Mức độ hài lòng của người dân … đạt trên 87%" for 2024, or "đến năm
/// 2030 … tối thiểu 95%". One sentence with two years ("năm 2025 … 90%, năm 2030 … 95%") gives two targets.
/// </summary>
/// <param name="Indicator">What is measured, as printed but without the number and comparator
/// (e.g. "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước").</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="Comparator">"trên" → GT; "tối thiểu", "ít nhất", "từ … trở lên", "không dưới" → GTE; "đạt 100%" → GTE (100 is the maximum) unless the text says "bằng"; "dưới" → LT; "không quá", "tối đa" → LTE.</param>
/// <param name="Value">The number (87 for "87%").</param>
/// <param name="Unit">PERCENT when the value has "%", else COUNT (or SCORE for index points).</param>
/// <param name="Text">The whole sentence or bullet as printed, single-spaced.</param>
/// <param name="Line">1-based line of the text.</param>
/// <param name="Area">The reform area of the goal, when the document groups goals by area.</param>
public sealed record ParsedTarget(
    string Indicator,
    int Year,
    Comparator Comparator,
    double Value,
    KpiUnit Unit,
    string Text,
    int Line,
    ReformArea? Area);
