using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>createTask</c>, <c>updateTask</c>, <c>assignTask</c>, <c>deleteTask</c> by the SNV PAR office.</summary>
public sealed class TaskAdminMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string TaskFields = "id number title product deadline { text kind due } lead { code } coordinating { code } version updates { nodes { note changes } }";

    private readonly GraphQLClient admin = new(factory);

    [Fact]
    public async Task CreateTask_AddsItToThePlan_ReadingTheDeadlineLikeTheImporter()
    {
        var planId = await NewPlanIdAsync();

        var task = (await admin.DataAsync($$"""
            mutation($input: CreateTaskInput!) { createTask(input: $input) { task { {{TaskFields}} plan { id } } } }
            """, new { input = new { planId, number = "5", title = " Số hóa hồ sơ ", product = "Báo cáo", deadline = new { text = "Quý III/2025" }, lead = new[] { "snv" }, coordinating = new[] { "STTTT", "STC" } } }))
            ["createTask"]!["task"]!;

        Assert.Equal(("Số hóa hồ sơ", "QUARTER", "2025-09-30", planId), ((string?)task["title"], (string?)task["deadline"]!["kind"], (string?)task["deadline"]!["due"], (string?)task["plan"]!["id"]));
        Assert.Equal(["SNV"], task["lead"]!.AsArray().Select(a => (string)a!["code"]!));
        Assert.Equal(["STTTT", "STC"], task["coordinating"]!.AsArray().Select(a => (string)a!["code"]!));
        var read = await admin.DataAsync("query($id: ID!) { node(id: $id) { ... on Task { title } } }", new { id = (string)task["id"]! });
        Assert.Equal("Số hóa hồ sơ", (string?)read["node"]!["title"]);
        await using var db = factory.Database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Operation == "createTask" && e.EntityId == ParGraph.Server.Schema.GlobalId.DecodeInt32((string)task["id"]!, "Task", "id").ToString());
        Assert.Equal((null, "Số hóa hồ sơ"), (audit.Before, (string?)JsonNode.Parse(audit.After!)!["title"]));
    }

    [Theory]
    [InlineData("title", "", "input.title")]
    [InlineData("lead", "NO-SUCH-AGENCY", "input.lead")]
    [InlineData("lead", "", "input.lead")]
    [InlineData("coordinating", "SNV", "input.coordinating")]
    [InlineData("due", "2020-01-01", "input.deadline.start")]
    public async Task CreateTask_WithInvalidInput_ReturnsValidationAndWritesNothing(string field, string value, string path)
    {
        var planId = await NewPlanIdAsync();
        var input = new JsonObject
        {
            ["planId"] = planId, ["title"] = field == "title" ? value : "Nhiệm vụ",
            ["lead"] = new JsonArray(field == "lead" ? (value.Length == 0 ? [] : [value]) : ["SNV"]),
            ["coordinating"] = new JsonArray(field == "coordinating" ? value : "STTTT"),
            ["deadline"] = field == "due" ? new JsonObject { ["start"] = "2021-01-01", ["due"] = value } : null,
        };

        GraphQLErrorAssert.Single(await admin.ErrorsAsync("mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }", new { input }), ErrorCodes.Validation, path);
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Tasks.AnyAsync(t => t.Plan!.Id == ParGraph.Server.Schema.GlobalId.DecodeInt32(planId, "Plan", "id")));
    }

    [Fact]
    public async Task UpdateTask_ChangesOnlyTheFieldsGiven_AndKeepsTheChangeInTheHistory()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);

        var task = (await admin.DataAsync($$"""
            mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { {{TaskFields}} } } }
            """, new { input = new { taskId = id, product = "Kho dữ liệu", deadline = new { due = "2026-12-31" }, note = "Theo Kế hoạch sửa đổi", expectedVersion = version } }))
            ["updateTask"]!["task"]!;

        Assert.Equal(("Xây dựng kho dữ liệu dùng chung", "Kho dữ liệu", "DATE", "2026-12-31"),
            ((string?)task["title"], (string?)task["product"], (string?)task["deadline"]!["kind"], (string?)task["deadline"]!["due"]));
        var update = Assert.Single(task["updates"]!["nodes"]!.AsArray())!;
        var changes = JsonNode.Parse((string)update["changes"]!)!.AsObject();
        Assert.Equal(["deadlineDue", "deadlineKind", "product"], changes.Select(c => c.Key).Order());
        Assert.Equal("Theo Kế hoạch sửa đổi", (string?)update["note"]);
    }

    [Fact]
    public async Task AssignTask_ReplacesLeadAndCoordinating_WithTheOldAndNewCodesInTheHistory()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory, coordinating: ["STTTT"]);

        var task = (await admin.DataAsync($$"""
            mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { {{TaskFields}} } } }
            """, new { input = new { taskId = id, lead = new[] { "STTTT" }, coordinating = new[] { "SNV", "STC" }, expectedVersion = version } }))
            ["assignTask"]!["task"]!;

        Assert.Equal(["STTTT"], task["lead"]!.AsArray().Select(a => (string)a!["code"]!));
        Assert.Equal(["SNV", "STC"], task["coordinating"]!.AsArray().Select(a => (string)a!["code"]!));
        var changes = JsonNode.Parse((string)Assert.Single(task["updates"]!["nodes"]!.AsArray())!["changes"]!)!;
        Assert.Equal("""[["SNV"],["STTTT"]]""", changes["lead"]!.ToJsonString());
    }

    [Fact]
    public async Task DeleteTask_HidesItFromEveryQuery_ButKeepsItAndItsAuditEntry()
    {
        var (id, version, key) = await TaskFixtures.NewTaskAsync(factory);

        await admin.DataAsync("mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { task { id } } }", new { input = new { taskId = id, note = "Trùng", expectedVersion = version } });

        var read = await admin.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(read["node"]);
        await using var db = factory.Database.CreateContext();
        Assert.NotNull(await db.Tasks.IgnoreQueryFilters().Where(t => t.Id == key).Select(t => t.DeletedAt).SingleAsync());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Operation == "deleteTask" && e.EntityId == key.ToString()));
        GraphQLErrorAssert.Single(await admin.ErrorsAsync("mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { task { id } } }", new { input = new { taskId = id, expectedVersion = version } }), ErrorCodes.NotFound, "input.taskId");
    }

    [Fact]
    public async Task AgencyEditors_CannotManageTasks()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);

        var errors = await new GraphQLClient(factory, "snv.editor").ErrorsAsync(
            "mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id } } }", new { input = new { taskId = id, title = "Khác", expectedVersion = version } });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Forbidden);
    }

    private async Task<string> NewPlanIdAsync()
    {
        await using var db = factory.Database.CreateContext();
        var plan = TestPlans.NewPlan("Admin plan");
        plan.PeriodStart = new DateOnly(2025, 1, 1);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return ParGraph.Server.Schema.GlobalId.Encode("Plan", plan.Id);
    }
}
