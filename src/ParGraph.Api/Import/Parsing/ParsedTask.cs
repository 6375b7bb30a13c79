namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// One task row as printed. Texts are the cell contents joined across wrapped lines and page breaks,
/// single-spaced, trimmed; null when the cell is empty. Nothing is interpreted here: deadlines and
/// agency names are parsed later (<c>DeadlineParser</c>, <c>AgencyResolver</c>).
/// </summary>
/// <param name="SectionIndex">Index into <see cref="ParsedDocument.Sections"/>, or -1 when the task is under no section.</param>
/// <param name="Number">Number as printed ("4", "1.2", "a"); duplicates are kept as separate tasks.</param>
/// <param name="Title">What is to be done; null when the text is lost (then a warning says so).</param>
/// <param name="Product">Expected product (sản phẩm); for the PAPI framework, the method (cách thức thực hiện).</param>
/// <param name="DeadlineText">Deadline as printed (thời hạn / tiến độ / thời gian thực hiện).</param>
/// <param name="ResponsibilityText">A single responsibility cell holding lead and coordinating agencies (000, 004).</param>
/// <param name="LeadText">Lead agency cell when the layout has its own column (002; implementing agency in 001; the duty holder in 003).</param>
/// <param name="CoordinatingText">Coordinating agency cell when the layout has its own column (002; guiding/inspecting agency in 001).</param>
/// <param name="ResultText">Result achieved (kết quả) — progress reports only.</param>
/// <param name="Line">1-based line where the row starts.</param>
public sealed record ParsedTask(
    int SectionIndex,
    string? Number,
    string? Title,
    string? Product,
    string? DeadlineText,
    string? ResponsibilityText,
    string? LeadText,
    string? CoordinatingText,
    string? ResultText,
    int Line);
