namespace ParGraph.Api.Tasks;

/// <summary>A task's deadline: the printed text and what it was parsed into.</summary>
public sealed class Deadline
{
    public string? Text { get; set; }

    public DeadlineKind Kind { get; set; } = DeadlineKind.Unspecified;

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }
}
