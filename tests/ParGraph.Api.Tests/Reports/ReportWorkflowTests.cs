using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using static ParGraph.Api.Tests.Reports.ReportTestPlan;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Reports;

/// <summary>The report workflow end to end (issue 6): open, edit, submit, approve or return, resubmit.</summary>
public sealed class ReportWorkflowTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient admin = new(factory);
    private readonly GraphQLClient snv = new(factory, "snv.editor");

    [Fact]
    public async Task OpenReport_SnvQ1Of2024_CreatesADraftWithEntriesOnlySnvAndTheOfficeSee()
    {
        var data = await snv.DataAsync(Open, new { input = new { agencyCode = "snv", year = 2024, period = "Q1" } });

        var report = data["openReport"]!["report"]!;
        Assert.Equal(("DRAFT", "SNV"), ((string?)report["status"], (string?)report["agency"]!["code"]));
        Assert.Equal(("2024-01-01", "2024-03-31", "2024-03-15"),
            ((string?)report["period"]!["start"], (string?)report["period"]!["end"], (string?)report["period"]!["due"]));
        Assert.NotEmpty(report["entries"]!.AsArray());
        var id = (string)report["id"]!;
        const string Read = "query($id: ID!) { node(id: $id) { ... on Report { status } } reports(first: 100, where: { agency: { code: { eq: \"SNV\" } } }) { totalCount nodes { id } } }";
        foreach (var outsider in new[] { "stttt.editor", "analyst", "ioc.viewer", "syt.viewer" })
        {
            var seen = await new GraphQLClient(factory, outsider).DataAsync(Read, new { id });
            Assert.Null(seen["node"]);
            Assert.DoesNotContain(id, seen["reports"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
        }

        foreach (var insider in new[] { snv, admin })
        {
            var seen = await insider.DataAsync(Read, new { id });
            Assert.Equal("DRAFT", (string?)seen["node"]!["status"]);
            Assert.Contains(id, seen["reports"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
        }
    }

    [Fact]
    public async Task OpenReport_ForAPlan_HasEntriesForTasksLedCoordinatedOrLedByAGroupOfTheAgency()
    {
        var plan = await CreateAsync(factory);

        var report = await plan.OpenAsync(snv);

        var tasks = report["entries"]!.AsArray().Select(e => (string?)e!["task"]!["id"]).ToList();
        Assert.Equal([TaskId(plan.LedBySnv), TaskId(plan.CoordinatedBySnv), TaskId(plan.LedByGroup)], tasks);
        var stttt = await plan.OpenAsync(new GraphQLClient(factory, "stttt.editor"), agencyCode: "STTTT");
        Assert.Equal([TaskId(plan.LedByGroup), TaskId(plan.LedBySttttOnly)], stttt["entries"]!.AsArray().Select(e => (string?)e!["task"]!["id"]));
    }

    [Fact]
    public async Task OpenReport_Again_ReturnsTheSameDraftWithEntriesForTasksAssignedSince()
    {
        var plan = await CreateAsync(factory);
        var first = await plan.OpenAsync(snv);
        await using (var db = factory.Database.CreateContext())
        {
            db.TaskAssignments.Add(new() { TaskId = plan.LedBySttttOnly, AgencyId = (await db.Agencies.SingleAsync(a => a.Code == "SNV")).Id, Role = ParGraph.Api.Tasks.AssignmentRole.Coordinating, Position = 1 });
            await db.SaveChangesAsync();
        }

        var again = await plan.OpenAsync(snv);

        Assert.Equal((string?)first["id"], (string?)again["id"]);
        Assert.Equal(4, again["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task Workflow_SubmitThenApprove_AppliesTheEntriesToTheTasksSnvLeads()
    {
        var plan = await CreateAsync(factory);
        var id = (string)(await plan.OpenAsync(snv))["id"]!;
        await snv.DataAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.LedBySnv), status = "COMPLETED", result = "Đã ban hành", evidence = new[] { "https://snv.khanhhoa.gov.vn/kh.pdf" } } });
        await snv.DataAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.CoordinatedBySnv), status = "IN_PROGRESS", progress = 40 } });
        await snv.DataAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.LedByGroup), progress = 70 } });

        var submitted = (await snv.DataAsync(Submit, new { input = new { reportId = id } }))["submitReport"]!["report"]!;
        Assert.Equal(("SUBMITTED", true), ((string?)submitted["status"], (bool)submitted["submittedLate"]!));
        var forbidden = await snv.ErrorsAsync(Approve, new { input = new { reportId = id } });
        GraphQLErrorAssert.Single(forbidden, ErrorCodes.Forbidden);

        var approved = (await admin.DataAsync(Approve, new { input = new { reportId = id } }))["approveReport"]!["report"]!;

        Assert.Equal("APPROVED", (string?)approved["status"]);
        Assert.NotNull((string?)approved["decidedAt"]);
        await using var db = factory.Database.CreateContext();
        var led = await db.Tasks.Include(t => t.Updates).SingleAsync(t => t.Id == plan.LedBySnv);
        Assert.Equal((TaskStatus.Completed, 100), (led.Status, led.Progress));
        Assert.NotNull(led.CompletedOn);
        var update = Assert.Single(led.Updates);
        Assert.Equal(("admin", TaskStatus.Completed, 100), (update.Username, update.Status, update.Progress));
        Assert.Contains("Q1 2024", update.Note, StringComparison.Ordinal);
        var coordinated = await db.Tasks.Include(t => t.Updates).SingleAsync(t => t.Id == plan.CoordinatedBySnv);
        Assert.Equal((TaskStatus.InProgress, 10, 0), (coordinated.Status, coordinated.Progress, coordinated.Updates.Count));
        var groupLed = await db.Tasks.Include(t => t.Updates).SingleAsync(t => t.Id == plan.LedByGroup);
        Assert.Equal((0, 0), (groupLed.Progress, groupLed.Updates.Count));
        var operations = await db.AuditEntries.Where(e => e.AgencyCode == "SNV" && (e.EntityType == "Report" || e.EntityType == "ReportEntry"))
            .Select(e => e.Operation).ToListAsync();
        Assert.Contains("approveReport", operations);
        Assert.Contains("submitReport", operations);
    }

    [Fact]
    public async Task Workflow_ReturnWithReason_MakesItEditableAndItCanBeResubmitted()
    {
        var plan = await CreateAsync(factory);
        var id = await plan.SubmittedAsync(snv, year: DateTime.UtcNow.Year + 1, period: "YEAR");

        var returned = (await admin.DataAsync(Return, new { input = new { reportId = id, reason = "Bổ sung minh chứng" } }))["returnReport"]!["report"]!;

        Assert.Equal(("RETURNED", "Bổ sung minh chứng"), ((string?)returned["status"], (string?)returned["returnReason"]));
        var entry = (await snv.DataAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.LedBySnv), evidence = new[] { "http://example.org/a" } } }))["updateReportEntry"]!;
        Assert.Equal("http://example.org/a", (string?)entry["entry"]!["evidence"]![0]);
        var resubmitted = (await snv.DataAsync(Submit, new { input = new { reportId = id, expectedVersion = (int)entry["report"]!["version"]! } }))["submitReport"]!["report"]!;
        Assert.Equal(("SUBMITTED", false), ((string?)resubmitted["status"], (bool)resubmitted["submittedLate"]!));
    }

    [Fact]
    public async Task UpdateReportEntry_WithAnOldVersion_ReturnsConflictWithTheCurrentVersion()
    {
        var plan = await CreateAsync(factory);
        var report = await plan.OpenAsync(snv);
        var id = (string)report["id"]!;
        var version = (int)report["version"]!;
        await snv.DataAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.LedBySnv), progress = 20, expectedVersion = version } });

        var errors = await snv.ErrorsAsync(UpdateEntry, new { input = new { reportId = id, taskId = TaskId(plan.LedBySnv), progress = 30, expectedVersion = version } });

        var error = GraphQLErrorAssert.Single(errors, ErrorCodes.Conflict);
        Assert.NotEqual(version, (int)error["extensions"]!["currentVersion"]!);
    }
}
