using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Schema;
using Xunit.Abstractions;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Tasks;

public sealed class TaskQueryTests(ParGraphApiFactory factory, ITestOutputHelper output) : IClassFixture<ParGraphApiFactory>
{
    private const string NestedPage = """
        query($first: Int!) {
          tasks(first: $first) {
            nodes {
              id number title
              plan { documentNumber }
              section { title area }
              lead { code }
              coordinating { code }
              deadline { text kind due }
              timeliness status progress
              updates(first: 2) { totalCount nodes { note } }
            }
          }
        }
        """;

    /// <summary>Today in Khánh Hòa (UTC+7), as the API judges deadlines; the cases keep days of margin.</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task Tasks_NestedPage_RunsTheSameFewStatementsForFiveAndFortyTasks()
    {
        await CreatePlanAsync(45);
        await AddUpdatesToFirstTasksAsync(counts: [1, 0, 3, 2]);

        var (five, fiveNodes) = await CountStatementsAsync(5);
        var (forty, fortyNodes) = await CountStatementsAsync(40);

        output.WriteLine($"SQL statements: {five} for 5 tasks, {forty} for 40 tasks:\n{string.Join("\n\n", factory.SqlStatements.Texts)}");
        Assert.Equal(5, fiveNodes.Count);
        Assert.Equal(40, fortyNodes.Count);
        Assert.Equal(await ExpectedNestedAsync(fortyNodes), fortyNodes.Select(Nested));
        Assert.Equal(five, forty);
        Assert.Equal(3, forty); // page with plans and sections, assignments with their agencies, updates with their totals
    }

    [Fact]
    public async Task LeadAndCoordinating_AreInPrintedOrder()
    {
        await using var db = factory.Database.CreateContext();
        var agencies = await TestPlans.AgenciesAsync(db, "SNV", "STTTT", "SKHDT", "STC", "UBND-NHATRANG");
        var task = TestPlans.Task(TestPlans.NewPlan(), null, 1, "Printed order");
        TestPlans.Assign(task, [agencies["STTTT"], agencies["SNV"]], [agencies["UBND-NHATRANG"], agencies["SKHDT"], agencies["STC"]]);
        task.Assignments.Reverse(); // stored in another order than printed
        db.Tasks.Add(task);
        await db.SaveChangesAsync();

        var node = await NodeAsync(TestPlans.TaskId(task), "lead { code } coordinating { code }");

        Assert.Equal(["STTTT", "SNV"], Codes(node!["lead"]!));
        Assert.Equal(["UBND-NHATRANG", "SKHDT", "STC"], Codes(node["coordinating"]!));
    }

    [Fact]
    public async Task Timeliness_IsJudgedAgainstTodayInKhanhHoa()
    {
        (string Title, TaskStatus Status, DeadlineKind Kind, int? DueIn, int? CompletedIn, string Expected)[] cases =
        [
            ("open, due a month ago", TaskStatus.InProgress, DeadlineKind.Date, -30, null, "OVERDUE"),
            ("open, due in two months", TaskStatus.NotStarted, DeadlineKind.Month, 60, null, "ON_TRACK"),
            ("open, due in three days", TaskStatus.InProgress, DeadlineKind.Date, 3, null, "DUE_SOON"),
            ("completed before the deadline", TaskStatus.Completed, DeadlineKind.Quarter, -10, -20, "COMPLETED_ON_TIME"),
            ("completed after the deadline", TaskStatus.Completed, DeadlineKind.Quarter, -10, -5, "COMPLETED_LATE"),
            ("recurring, no due date", TaskStatus.InProgress, DeadlineKind.Recurring, null, null, "NO_DEADLINE"),
            ("cancelled, due a month ago", TaskStatus.Cancelled, DeadlineKind.Date, -30, null, "NO_DEADLINE"),
        ];
        await using var db = factory.Database.CreateContext();
        var plan = TestPlans.NewPlan();
        for (var i = 0; i < cases.Length; i++)
        {
            var task = TestPlans.Task(plan, null, i + 1, cases[i].Title);
            task.Status = cases[i].Status;
            task.Deadline = new Deadline { Kind = cases[i].Kind, Due = Day(cases[i].DueIn), Text = cases[i].Kind.ToString() };
            task.CompletedOn = Day(cases[i].CompletedIn);
            db.Tasks.Add(task);
        }

        await db.SaveChangesAsync();

        var tasks = await PlanTasksAsync(plan.DocumentNumber!, "title timeliness deadline { kind due }");

        Assert.Equal(
            cases.Select(c => (c.Title, c.Expected)),
            tasks.Select(t => ((string)t!["title"]!, (string)t["timeliness"]!)));
        Assert.Equal(Today.AddDays(-30).ToString("yyyy-MM-dd"), (string?)tasks[0]!["deadline"]!["due"]);
        Assert.Equal("RECURRING", (string?)tasks[5]!["deadline"]!["kind"]);
        Assert.Null(tasks[5]!["deadline"]!["due"]);
    }

    [Fact]
    public async Task Node_WithTaskId_ReturnsTheTask()
    {
        var (plan, tasks) = await CreatePlanAsync(3);

        var node = await NodeAsync(TestPlans.TaskId(tasks[1]), "__typename id title plan { documentNumber } section { title }");

        Assert.Equal("Task", (string?)node!["__typename"]);
        Assert.Equal(TestPlans.TaskId(tasks[1]), (string?)node["id"]);
        Assert.Equal(tasks[1].Title, (string?)node["title"]);
        Assert.Equal(plan.DocumentNumber, (string?)node["plan"]!["documentNumber"]);
        Assert.Equal(tasks[1].Section!.Title, (string?)node["section"]!["title"]);
    }

    [Fact]
    public async Task Agency_LeadAndCoordinatingTasks_ListItsOwnTasksInDocumentOrder()
    {
        await using var db = factory.Database.CreateContext();
        var agency = new Agency { Code = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Name = "Test agency", Kind = AgencyKind.Department };
        var other = (await TestPlans.AgenciesAsync(db, "SNV"))["SNV"];
        var plan = TestPlans.NewPlan();
        var tasks = new[] { "lead 3", "coordinating", "lead 1", "other", "lead 2", "lead deleted" }
            .Select((title, i) => TestPlans.Task(plan, null, title switch { "lead 1" => 1, "lead 2" => 2, "lead 3" => 3, _ => 10 + i }, title))
            .ToList();
        tasks.ForEach(t => TestPlans.Assign(t,
            t.Title!.StartsWith("lead", StringComparison.Ordinal) ? [agency] : [other],
            t.Title == "coordinating" ? [agency] : []));
        tasks[^1].DeletedAt = DateTimeOffset.UtcNow;
        db.Tasks.AddRange(tasks);
        await db.SaveChangesAsync();

        var data = await client.DataAsync(
            """
            query($code: String!) { agencyByCode(code: $code) {
              leadTasks { totalCount nodes { title } }
              coordinatingTasks(first: 5) { totalCount nodes { title } } } }
            """,
            new { code = agency.Code });

        var found = data["agencyByCode"]!;
        Assert.Equal(["lead 1", "lead 2", "lead 3"], Titles(found["leadTasks"]!["nodes"]!));
        Assert.Equal(3, (int)found["leadTasks"]!["totalCount"]!);
        Assert.Equal(["coordinating"], Titles(found["coordinatingTasks"]!["nodes"]!));
        Assert.Equal(1, (int)found["coordinatingTasks"]!["totalCount"]!);
    }

    [Fact]
    public async Task PlanSection_Tasks_AreTheSectionsTasksInDocumentOrder()
    {
        await using var db = factory.Database.CreateContext();
        var plan = TestPlans.NewPlan();
        var first = TestPlans.Section(plan, 1, ReformArea.Institutions, "I. Cải cách thể chế");
        var second = TestPlans.Section(plan, 2, ReformArea.DigitalGovernment, "VI. Xây dựng chính quyền điện tử, chính quyền số");
        db.Tasks.AddRange(
            TestPlans.Task(plan, second, 5, "II-b"),
            TestPlans.Task(plan, first, 2, "I-b"),
            TestPlans.Task(plan, second, 4, "II-a"),
            TestPlans.Task(plan, first, 1, "I-a"));
        var deleted = TestPlans.Task(plan, first, 3, "I-deleted");
        deleted.DeletedAt = DateTimeOffset.UtcNow;
        db.Tasks.Add(deleted);
        await db.SaveChangesAsync();

        var data = await client.DataAsync(
            "query($n: String!) { planByNumber(documentNumber: $n) { sections { title area position tasks { title } } } }",
            new { n = plan.DocumentNumber });

        var sections = data["planByNumber"]!["sections"]!.AsArray();
        Assert.Equal([first.Title, second.Title], sections.Select(s => (string)s!["title"]!));
        Assert.Equal(["INSTITUTIONS", "DIGITAL_GOVERNMENT"], sections.Select(s => (string)s!["area"]!));
        Assert.Equal(["I-a", "I-b"], Titles(sections[0]!["tasks"]!));
        Assert.Equal(["II-a", "II-b"], Titles(sections[1]!["tasks"]!));
    }

    [Fact]
    public async Task SoftDeletedTask_NeverAppears()
    {
        var (plan, tasks) = await CreatePlanAsync(4);
        await using (var db = factory.Database.CreateContext())
        {
            var row = await db.Tasks.FindAsync(tasks[2].Id);
            row!.DeletedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        var deletedId = TestPlans.TaskId(tasks[2]);
        var planTasks = await PlanTasksAsync(plan.DocumentNumber!, "id");
        var nodes = await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { deletedId } });
        var all = await AllTaskIdsAsync();

        Assert.Null(await NodeAsync(deletedId, "id"));
        Assert.Null(Assert.Single(nodes["nodes"]!.AsArray()));
        Assert.Equal(new[] { 0, 1, 3 }.Select(i => TestPlans.TaskId(tasks[i])), planTasks.Select(t => (string)t!["id"]!));
        Assert.DoesNotContain(deletedId, all);
        Assert.Contains(TestPlans.TaskId(tasks[3]), all);
    }

    [Fact]
    public async Task Task_Updates_AreNewestFirst()
    {
        var (_, tasks) = await CreatePlanAsync(1);
        await using (var db = factory.Database.CreateContext())
        {
            var at = new DateTimeOffset(2024, 5, 1, 3, 0, 0, TimeSpan.Zero);
            db.TaskUpdates.AddRange(
                new TaskUpdate { TaskId = tasks[0].Id, At = at, Progress = 10, Note = "started" },
                new TaskUpdate { TaskId = tasks[0].Id, At = at.AddDays(30), Progress = 60, Note = "halfway" },
                new TaskUpdate { TaskId = tasks[0].Id, At = at.AddDays(10), Progress = 30, Note = "going" });
            await db.SaveChangesAsync();
        }

        var node = await NodeAsync(TestPlans.TaskId(tasks[0]), "updates { totalCount nodes { note progress } }");

        Assert.Equal(3, (int)node!["updates"]!["totalCount"]!);
        Assert.Equal(["halfway", "going", "started"], node["updates"]!["nodes"]!.AsArray().Select(u => (string)u!["note"]!));
    }

    private static DateOnly? Day(int? offset) => offset is { } days ? Today.AddDays(days) : null;

    private static List<string> Codes(JsonNode agencies) => [.. agencies.AsArray().Select(a => (string)a!["code"]!)];

    private static List<string> Titles(JsonNode tasks) => [.. tasks.AsArray().Select(t => (string)t!["title"]!)];

    private async Task<(int Statements, JsonArray Nodes)> CountStatementsAsync(int first)
    {
        factory.SqlStatements.Reset();
        var data = await client.DataAsync(NestedPage, new { first });
        return (factory.SqlStatements.Count, data["tasks"]!["nodes"]!.AsArray());
    }

    /// <summary>What each task of the page must show, read from the database: plan, section, lead and coordinating codes.</summary>
    private async Task<List<string>> ExpectedNestedAsync(JsonArray nodes)
    {
        var ids = nodes.Select(n => GlobalId.TryDecode((string)n!["id"]!, out _, out var key) ? int.Parse(key) : 0).ToList();
        await using var db = factory.Database.CreateContext();
        var rows = await db.Tasks.Where(t => ids.Contains(t.Id)).Select(t => new
        {
            t.Id,
            t.Plan!.DocumentNumber,
            Section = t.Section == null ? null : t.Section.Title,
            Lead = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).OrderBy(a => a.Position).Select(a => a.Agency!.Code).ToList(),
            Coordinating = t.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).OrderBy(a => a.Position).Select(a => a.Agency!.Code).ToList(),
            Updates = db.TaskUpdates.Where(u => u.TaskId == t.Id).OrderByDescending(u => u.At).ThenByDescending(u => u.Id).Select(u => u.Note).ToList(),
        }).ToDictionaryAsync(t => t.Id);
        return [.. ids.Select(id => rows[id]).Select(r =>
            $"{r.DocumentNumber} | {r.Section} | {string.Join(",", r.Lead)} | {string.Join(",", r.Coordinating)} | {r.Updates.Count}: {string.Join(",", r.Updates.Take(2))}")];
    }

    /// <summary>Gives the first tasks in document order <paramref name="counts"/> updates each, a day apart.</summary>
    private async Task AddUpdatesToFirstTasksAsync(int[] counts)
    {
        var ids = await TestPlans.TaskIdsInDocumentOrderAsync(factory.Database);
        await using var db = factory.Database.CreateContext();
        var at = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < counts.Length; i++)
        {
            GlobalId.TryDecode(ids[i], out _, out var key);
            db.TaskUpdates.AddRange(Enumerable.Range(1, counts[i]).Select(n =>
                new TaskUpdate { TaskId = int.Parse(key), At = at.AddDays(n), Note = $"task {i} update {n}" }));
        }

        await db.SaveChangesAsync();
    }

    private static string Nested(JsonNode? node) =>
        $"{node!["plan"]!["documentNumber"]} | {node["section"]?["title"]} | {string.Join(",", Codes(node["lead"]!))} | {string.Join(",", Codes(node["coordinating"]!))}"
        + $" | {node["updates"]!["totalCount"]}: {string.Join(",", node["updates"]!["nodes"]!.AsArray().Select(u => (string?)u!["note"]))}";

    private async Task<JsonNode?> NodeAsync(string id, string taskFields)
    {
        var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Task {{ {taskFields} }} }} }}", new { id });
        return data["node"];
    }

    private async Task<JsonArray> PlanTasksAsync(string documentNumber, string taskFields)
    {
        var data = await client.DataAsync(
            $"query($n: String!) {{ planByNumber(documentNumber: $n) {{ tasks(first: 100) {{ nodes {{ {taskFields} }} }} }} }}",
            new { n = documentNumber });
        return data["planByNumber"]!["tasks"]!["nodes"]!.AsArray();
    }

    private async Task<List<string>> AllTaskIdsAsync()
    {
        var ids = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await client.DataAsync(
                "query($after: String) { tasks(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after }))["tasks"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (string?)page["pageInfo"]!["endCursor"];
        }
        while ((bool)page["pageInfo"]!["hasNextPage"]!);
        return ids;
    }

    /// <summary>A plan with three sections and <paramref name="count"/> tasks, each led by two agencies and coordinated by two.</summary>
    private async Task<(Plan Plan, List<PlanTask> Tasks)> CreatePlanAsync(int count)
    {
        await using var db = factory.Database.CreateContext();
        var agencies = (await TestPlans.AgenciesAsync(db, "SNV", "STTTT", "SKHDT", "STC", "STP", "VPUBND")).Values.OrderBy(a => a.Code).ToList();
        var plan = TestPlans.NewPlan();
        var sections = Enumerable.Range(1, 3).Select(i => TestPlans.Section(plan, i, (ReformArea)i, $"Section {i}")).ToList();
        var tasks = Enumerable.Range(1, count).Select(i =>
        {
            var task = TestPlans.Task(plan, sections[i % 3], i, $"Task {i}");
            task.Deadline = new Deadline { Text = "Quý IV/2024", Kind = DeadlineKind.Quarter, Start = new(2024, 10, 1), Due = new(2024, 12, 31) };
            TestPlans.Assign(task, [agencies[i % 6], agencies[(i + 1) % 6]], [agencies[(i + 2) % 6], agencies[(i + 3) % 6]]);
            return task;
        }).ToList();
        db.Tasks.AddRange(tasks);
        await db.SaveChangesAsync();
        return (plan, tasks);
    }
}
