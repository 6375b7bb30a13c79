namespace ParGraph.Api.Import;

/// <param name="FileName">Name of the source file; a plan is identified by it across imports.</param>
/// <param name="Text">The document's text (UTF-8).</param>
/// <param name="DryRun">Read and compare, report, but write nothing.</param>
/// <param name="Plan">Known facts about the plan; the text is used where they are missing.</param>
/// <param name="ReportPeriod">For a progress report: the period it covers (else the first half of the year it names).</param>
public sealed record ImportRequest(
    string FileName, string Text, bool DryRun, PlanMetadata? Plan = null, (DateOnly Start, DateOnly End)? ReportPeriod = null);
