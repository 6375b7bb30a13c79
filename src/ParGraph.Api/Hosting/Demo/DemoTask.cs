using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// A generated task: lead (1–2) and coordinating (0–3) agency ids, status and progress consistent with
/// the deadline; <see cref="Reported"/> when its first lead agency's yearly report has an entry for it.
/// </summary>
public sealed record DemoTask(
    int Id, int PlanId, int SectionId, int Year, int Position, string Number, string Title, string Product,
    string? DeadlineText, DeadlineKind DeadlineKind, DateOnly? DeadlineStart, DateOnly? DeadlineDue,
    TaskStatus Status, int Progress, DateOnly? CompletedOn, int[] Leads, int[] Coordinating, bool Reported);
