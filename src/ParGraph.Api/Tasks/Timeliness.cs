namespace ParGraph.Api.Tasks;

/// <summary>Derived from deadline, status and completion date (the official 2×2, plus DUE_SOON).</summary>
public enum Timeliness
{
    OnTrack,
    DueSoon,
    Overdue,
    CompletedOnTime,
    CompletedLate,
    NoDeadline,
}
