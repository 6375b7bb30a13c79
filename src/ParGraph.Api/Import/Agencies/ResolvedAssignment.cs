namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// The agencies a responsibility text assigns, in printed order, each once: an agency named both as
/// lead and as coordinating stays lead only. <see cref="Unresolved"/> holds the printed names that match
/// no agency. A task whose text names an unresolved body, or names no lead agency, is flagged <c>needsReview</c>.
/// </summary>
public sealed record ResolvedAssignment(
    IReadOnlyList<string> LeadCodes,
    IReadOnlyList<string> CoordinatingCodes,
    IReadOnlyList<string> Unresolved)
{
    public static readonly ResolvedAssignment Empty = new([], [], []);

    /// <summary>Whether there was a responsibility text at all (a task with none has nothing to review).</summary>
    public bool HasText { get; init; }

    public bool NeedsReview => Unresolved.Count > 0 || (HasText && LeadCodes.Count == 0);
}
