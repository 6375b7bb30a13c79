namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// The agencies a responsibility text assigns, in printed order, each once: an agency named both as
/// lead and as coordinating stays lead only. <see cref="Unresolved"/> holds the printed names that match
/// no agency; a task with any is flagged <c>needsReview</c>.
/// </summary>
public sealed record ResolvedAssignment(
    IReadOnlyList<string> LeadCodes,
    IReadOnlyList<string> CoordinatingCodes,
    IReadOnlyList<string> Unresolved)
{
    public static readonly ResolvedAssignment Empty = new([], [], []);

    public bool NeedsReview => Unresolved.Count > 0;
}
