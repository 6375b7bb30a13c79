using ParGraph.Api.Agencies;

namespace ParGraph.Api.Tasks;

/// <summary>An agency (or group) that leads or coordinates a task.</summary>
public sealed class TaskAssignment
{
    public int TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public AssignmentRole Role { get; set; }

    /// <summary>Order within the role as printed.</summary>
    public int Position { get; set; }
}
