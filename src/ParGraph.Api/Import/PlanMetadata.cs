using ParGraph.Api.Plans;

namespace ParGraph.Api.Import;

/// <summary>What is known about a document's plan from outside the text (the seeds manifest, or the caller).</summary>
public sealed record PlanMetadata(
    string? DocumentNumber,
    string? Title,
    PlanKind? Kind,
    DateOnly? IssuedOn,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? ParentDocumentNumber);
