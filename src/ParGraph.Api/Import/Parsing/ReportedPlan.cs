namespace ParGraph.Api.Import.Parsing;

/// <summary>The plan a progress report reports on, as the report names it (e.g. "Kế hoạch CCHC năm 2020").</summary>
public sealed record ReportedPlan(string? DocumentNumber, string? Title, int Year);
