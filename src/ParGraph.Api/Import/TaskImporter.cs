using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Import;

/// <summary>
/// Creates the tasks a document adds and updates the ones it changed, field by field: a field is
/// only overwritten while it still holds what the last import wrote; one a person changed through the
/// API is kept and reported as a conflict.
/// </summary>
internal sealed class TaskImporter(
    IReadOnlyDictionary<string, Agency> agenciesByCode,
    IReadOnlyList<PlanSection> sections,
    Func<string?, Deadline> parseDeadline,
    ImportReport report)
{
    public PlanTask Create(Plan plan, ResolvedTask incoming)
    {
        var task = new PlanTask { Plan = plan, SourceKey = incoming.SourceKey };
        Apply(task, incoming, previous: null, current: null);
        return task;
    }

    /// <returns>True when the task changed.</returns>
    public bool Update(PlanTask task, ResolvedTask incoming)
    {
        var previous = ImportedTaskValues.FromJson(task.ImportedValues);
        var current = Snapshot(task);
        var changed = Apply(task, incoming, previous, current);
        task.Position = incoming.Position;
        return changed;
    }

    private bool Apply(PlanTask task, ResolvedTask incoming, ImportedTaskValues? previous, ImportedTaskValues? current)
    {
        var next = incoming.Values;
        var changed = false;
        string? Pick(string field, string? now, string? before, string? document)
        {
            if (current is not null && now == document)
            {
                return now;
            }

            if (current is null || previous is null || before == now)
            {
                changed = true;
                return document;
            }

            if (before != document)
            {
                report.Conflicts.Add(new ImportConflict(incoming.Row.Number, incoming.Row.Line, field, document, now));
            }

            return now;
        }

        task.Number = Pick("number", current?.Number, previous?.Number, next.Number);
        task.Title = Pick("title", current?.Title, previous?.Title, next.Title);
        task.Product = Pick("product", current?.Product, previous?.Product, next.Product);
        task.AssignmentText = Pick("assignmentText", current?.AssignmentText, previous?.AssignmentText, next.AssignmentText);
        var deadline = Pick("deadline", current?.DeadlineText, previous?.DeadlineText, next.DeadlineText);
        if (current is null || deadline != current.DeadlineText)
        {
            task.Deadline = parseDeadline(deadline);
        }

        var section = Pick("section", Text(current?.SectionPosition), Text(previous?.SectionPosition), Text(next.SectionPosition));
        task.Section = section is null ? null : sections[int.Parse(section, System.Globalization.CultureInfo.InvariantCulture) - 1];
        var lead = Pick("lead", Join(current?.Lead), Join(previous?.Lead), Join(next.Lead));
        var coordinating = Pick("coordinating", Join(current?.Coordinating), Join(previous?.Coordinating), Join(next.Coordinating));
        if (current is null || lead != Join(current.Lead) || coordinating != Join(current.Coordinating))
        {
            SetAssignments(task, Split(lead), Split(coordinating));
        }

        task.NeedsReview = Pick("needsReview", Flag(current?.NeedsReview), Flag(previous?.NeedsReview), Flag(next.NeedsReview)) == "true";
        task.Position = incoming.Position;
        task.ImportedValues = next.ToJson();
        return changed;
    }

    private void SetAssignments(PlanTask task, IReadOnlyList<string> lead, IReadOnlyList<string> coordinating)
    {
        task.Assignments.Clear();
        var position = 0;
        foreach (var (codes, role) in new[] { (lead, AssignmentRole.Lead), (coordinating, AssignmentRole.Coordinating) })
        {
            foreach (var code in codes.Where(agenciesByCode.ContainsKey))
            {
                task.Assignments.Add(new TaskAssignment { Agency = agenciesByCode[code], Role = role, Position = ++position });
            }
        }
    }

    private ImportedTaskValues Snapshot(PlanTask task) => new(
        task.Number,
        task.Title,
        task.Product,
        task.Deadline.Text,
        task.AssignmentText,
        task.Section is { } section ? section.Position : task.SectionId is { } id ? sections.FirstOrDefault(s => s.Id == id)?.Position : null,
        [.. Codes(task, AssignmentRole.Lead)],
        [.. Codes(task, AssignmentRole.Coordinating)],
        task.NeedsReview);

    private static IEnumerable<string> Codes(PlanTask task, AssignmentRole role) =>
        task.Assignments.Where(a => a.Role == role).OrderBy(a => a.Position).Select(a => a.Agency!.Code);

    private static string? Text(int? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value is null ? null : value.Value ? "true" : "false";

    private static string? Join(IReadOnlyList<string>? codes) => codes is null ? null : string.Join(", ", codes);

    private static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : codes.Split(", ");
}
