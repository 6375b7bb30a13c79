using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>A section heading of a task table, e.g. "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" (code "II").</summary>
/// <param name="Code">Numbering as printed ("I", "II", "1.2"), or null when the heading has none.</param>
/// <param name="Title">Heading text without its numbering, single-spaced, as printed otherwise.</param>
/// <param name="Area">The reform area the heading names (OTHER for PAPI dimensions and the like).</param>
/// <param name="Line">1-based line of the heading in the document (0 when the heading is missing and was inferred).</param>
public sealed record ParsedSection(string? Code, string Title, ReformArea Area, int Line);
