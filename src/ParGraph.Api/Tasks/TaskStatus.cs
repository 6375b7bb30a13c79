namespace ParGraph.Api.Tasks;

public enum TaskStatus
{
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
}
