using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Schema;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Reports;

/// <summary>
/// A plan of its own per test (so every test has its own report key) with five tasks: led by SNV, coordinated by
/// SNV, led by the group of all departments (SNV and STTTT are members), led by STTTT only, and one led by SNV
/// but cancelled.
/// </summary>
public sealed record ReportTestPlan(string PlanId, int LedBySnv, int CoordinatedBySnv, int LedByGroup, int LedBySttttOnly, int Cancelled)
{
    public const string Open = """
        mutation($input: OpenReportInput!) { openReport(input: $input) {
          report { id status version submittedLate returnReason agency { code } period { year kind start end due }
                   entries { id task { id } result status progress evidence } } } }
        """;

    public const string UpdateEntry = """
        mutation($input: UpdateReportEntryInput!) { updateReportEntry(input: $input) {
          entry { task { id } result status progress evidence } report { id status version } } }
        """;

    public const string Submit = "mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id status version submittedAt submittedLate } } }";

    public const string Approve = "mutation($input: ApproveReportInput!) { approveReport(input: $input) { report { id status version decidedAt returnReason } } }";

    public const string Return = "mutation($input: ReturnReportInput!) { returnReport(input: $input) { report { id status version decidedAt returnReason } } }";

    public static string TaskId(int id) => GlobalId.Encode("Task", id);

    public static async Task<ReportTestPlan> CreateAsync(ParGraphApiFactory factory)
    {
        _ = factory.Server; // started: migrated and seeded (the agencies)
        await using var db = factory.Database.CreateContext();
        var agencies = await TestPlans.AgenciesAsync(db, "SNV", "STTTT", "ALL-DEPARTMENTS", "SKHDT");
        var plan = TestPlans.NewPlan("Kế hoạch thử báo cáo");
        var tasks = new[]
        {
            TestPlans.Task(plan, null, 1, "Nhiệm vụ SNV chủ trì"),
            TestPlans.Task(plan, null, 2, "Nhiệm vụ SNV phối hợp"),
            TestPlans.Task(plan, null, 3, "Nhiệm vụ các sở, ban, ngành"),
            TestPlans.Task(plan, null, 4, "Nhiệm vụ STTTT chủ trì"),
            TestPlans.Task(plan, null, 5, "Nhiệm vụ SNV chủ trì, đã hủy"),
        };
        TestPlans.Assign(tasks[0], [agencies["SNV"]], [agencies["SKHDT"]]);
        TestPlans.Assign(tasks[1], [agencies["SKHDT"]], [agencies["SNV"]]);
        TestPlans.Assign(tasks[2], [agencies["ALL-DEPARTMENTS"]], []);
        TestPlans.Assign(tasks[3], [agencies["STTTT"]], []);
        TestPlans.Assign(tasks[4], [agencies["SNV"]], []);
        tasks[1].Status = TaskStatus.InProgress;
        tasks[1].Progress = 10;
        tasks[4].Status = TaskStatus.Cancelled;
        db.Plans.Add(plan);
        db.Tasks.AddRange(tasks);
        await db.SaveChangesAsync();
        return new ReportTestPlan(GlobalId.Encode("Plan", plan.Id), tasks[0].Id, tasks[1].Id, tasks[2].Id, tasks[3].Id, tasks[4].Id);
    }

    /// <summary>Opens SNV's report on this plan for <paramref name="year"/> and <paramref name="period"/>; returns the report.</summary>
    public async Task<JsonNode> OpenAsync(GraphQLClient client, int year = 2024, string period = "Q1", string agencyCode = "SNV") =>
        (await client.DataAsync(Open, new { input = new { agencyCode, year, period, planId = PlanId } }))["openReport"]!["report"]!;

    /// <summary>Opens and submits SNV's report; returns its ID.</summary>
    public async Task<string> SubmittedAsync(GraphQLClient client, int year = 2024, string period = "Q1")
    {
        var id = (string)(await OpenAsync(client, year, period))["id"]!;
        await client.DataAsync(Submit, new { input = new { reportId = id } });
        return id;
    }
}
