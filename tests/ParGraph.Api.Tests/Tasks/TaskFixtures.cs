using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Tasks;

/// <summary>Fresh tasks for mutation tests, one per test, so tests do not share versions.</summary>
internal static class TaskFixtures
{
    /// <summary>A new task led by <paramref name="lead"/> (coordinated by <paramref name="coordinating"/>), returned with its ID and version.</summary>
    public static async Task<(string Id, int Version, int Key)> NewTaskAsync(
        ParGraphApiFactory factory, string lead = "SNV", string[]? coordinating = null, TaskStatus status = TaskStatus.NotStarted, DateOnly? due = null)
    {
        await using var db = factory.Database.CreateContext();
        var plan = TestPlans.NewPlan("Mutation plan");
        var section = TestPlans.Section(plan, 1, ReformArea.DigitalGovernment, "Chính quyền số");
        var agencies = await TestPlans.AgenciesAsync(db, [lead, .. coordinating ?? []]);
        var task = TestPlans.Task(plan, section, 1, "Xây dựng kho dữ liệu dùng chung");
        task.Status = status;
        task.Deadline = new Deadline { Kind = due is null ? DeadlineKind.Unspecified : DeadlineKind.Date, Due = due };
        TestPlans.Assign(task, [agencies[lead]], [.. (coordinating ?? []).Select(c => agencies[c])]);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return (TestPlans.TaskId(task), unchecked((int)task.Version), task.Id);
    }
}
