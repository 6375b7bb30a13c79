using ParGraph.Api.Import.Parsing;

namespace ParGraph.Api.Import;

/// <summary>A parsed row with its stable key and the values the importer owns.</summary>
internal sealed record ResolvedTask(ParsedTask Row, string SourceKey, int Position, ImportedTaskValues Values, IReadOnlyList<string> Unresolved)
{
    /// <summary>
    /// Keys rows by section, printed number and repeat count ("4" twice in one section gives two keys),
    /// so a corrected document updates the same tasks.
    /// </summary>
    public static IReadOnlyList<ResolvedTask> From(ParsedDocument document, IAssignmentResolver resolver)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var tasks = new List<ResolvedTask>(document.Tasks.Count);
        foreach (var row in document.Tasks)
        {
            var baseKey = $"{row.SectionIndex + 1}|{row.Number ?? "-"}";
            var repeat = seen[baseKey] = seen.GetValueOrDefault(baseKey) + 1;
            var assignment = resolver.Resolve(row);
            var values = new ImportedTaskValues(
                row.Number,
                row.Title,
                row.Product,
                row.DeadlineText,
                AssignmentText(row),
                row.SectionIndex >= 0 ? row.SectionIndex + 1 : null,
                assignment.LeadCodes,
                assignment.CoordinatingCodes,
                NeedsReview: row.Title is null || assignment.Unresolved.Count > 0 || HasAgencyText(row) && assignment.LeadCodes.Count == 0);
            tasks.Add(new ResolvedTask(row, $"{baseKey}|{repeat}", tasks.Count + 1, values, assignment.Unresolved));
        }

        return tasks;
    }

    private static bool HasAgencyText(ParsedTask row) =>
        !string.IsNullOrWhiteSpace(row.ResponsibilityText) || !string.IsNullOrWhiteSpace(row.LeadText);

    /// <summary>The responsibility as printed: the one cell, or the lead and coordinating columns.</summary>
    private static string? AssignmentText(ParsedTask row) =>
        row.ResponsibilityText ?? (row.LeadText, row.CoordinatingText) switch
        {
            (null, null) => null,
            ({ } lead, null) => lead,
            (null, { } coordinating) => "Phối hợp: " + coordinating,
            ({ } lead, { } coordinating) => $"Chủ trì: {lead}. Phối hợp: {coordinating}",
        };
}
