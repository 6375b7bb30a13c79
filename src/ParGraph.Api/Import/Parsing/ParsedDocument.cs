namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// What a parser read from one document, before anything touches the database: sections, tasks,
/// numeric targets, and warnings for what it could not read (never silently dropped).
/// </summary>
public sealed record ParsedDocument(
    DocumentLayout Layout,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedTask> Tasks,
    IReadOnlyList<ParsedTarget> Targets,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>For a progress report: the plan it reports on, as the text names it.</summary>
    public ReportedPlan? ReportsOn { get; init; }
}
