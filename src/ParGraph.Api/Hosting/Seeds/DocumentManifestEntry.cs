using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>One entry of <c>seeds/documents/manifest.json</c>: what a seed document is.</summary>
/// <param name="File">File name in <c>seeds/documents</c>, e.g. <c>000_711db4bd8a55f7ba.txt</c>.</param>
/// <param name="Role"><c>plan</c> or <c>progressReport</c>.</param>
/// <param name="Kind">For plans: PROGRAMME, ANNUAL_PLAN, THEMATIC_PLAN or FRAMEWORK.</param>
/// <param name="DocumentNumber">As printed, e.g. <c>3049/QĐ-UBND</c>; null when the text prints none.</param>
/// <param name="IssuedOn">Date of issue stated by the text.</param>
/// <param name="Title">Vietnamese title as printed, without line breaks.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="PeriodStart">First day the plan or report covers.</param>
/// <param name="PeriodEnd">Last day the plan or report covers.</param>
/// <param name="ParentDocumentNumber">Number of the document in the set that this one implements.</param>
/// <param name="TableLayout">Short description of the table columns.</param>
/// <param name="Notes">Discrepancies and decisions taken while reading the text.</param>
public sealed record DocumentManifestEntry(
    string File,
    SeedDocumentRole Role,
    PlanKind? Kind,
    string? DocumentNumber,
    DateOnly? IssuedOn,
    string Title,
    string? TitleEn,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? ParentDocumentNumber,
    string? TableLayout,
    string? Notes);
