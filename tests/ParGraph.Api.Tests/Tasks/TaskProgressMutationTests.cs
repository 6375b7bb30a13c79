using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>setTaskProgress</c>: the lead agency's editors move their tasks; versions stop lost updates.</summary>
public sealed class TaskProgressMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string SetProgress = """
        mutation($input: SetTaskProgressInput!) {
          setTaskProgress(input: $input) { task { id status progress completedOn timeliness version
            updates(first: 5) { nodes { username status progress note changes } } } }
        }
        """;

    private readonly GraphQLClient snvEditor = new(factory, "snv.editor");

    [Fact]
    public async Task LeadAgencyEditor_SetsProgress_VersionChangesAndHistoryAndAuditRecordIt()
    {
        var (id, version, key) = await TaskFixtures.NewTaskAsync(factory);

        var task = (await snvEditor.DataAsync(SetProgress, new { input = new { taskId = id, progress = 20, note = "Đã khảo sát", expectedVersion = version } }))
            ["setTaskProgress"]!["task"]!;

        Assert.Equal(("IN_PROGRESS", 20), ((string?)task["status"], (int)task["progress"]!));
        Assert.NotEqual(version, (int)task["version"]!);
        var update = Assert.Single(task["updates"]!["nodes"]!.AsArray())!;
        Assert.Equal(("snv.editor", "IN_PROGRESS", 20, "Đã khảo sát"), ((string?)update["username"], (string?)update["status"], (int)update["progress"]!, (string?)update["note"]));
        Assert.Equal("[0,20]", JsonNode.Parse((string)update["changes"]!)!["progress"]!.ToJsonString());
        await using var db = factory.Database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == "Task" && e.EntityId == key.ToString());
        Assert.Equal(("setTaskProgress", "snv.editor", "SNV"), (audit.Operation, audit.Username, audit.AgencyCode));
        Assert.Equal((0, 20), ((int)JsonNode.Parse(audit.Before!)!["progress"]!, (int)JsonNode.Parse(audit.After!)!["progress"]!));
    }

    [Fact]
    public async Task SecondUpdateWithTheOldVersion_ReturnsConflictWithTheCurrentVersion()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
        var first = await snvEditor.DataAsync(SetProgress, new { input = new { taskId = id, progress = 20, expectedVersion = version } });

        var errors = await snvEditor.ErrorsAsync(SetProgress, new { input = new { taskId = id, progress = 30, expectedVersion = version } });

        var error = GraphQLErrorAssert.Single(errors, ErrorCodes.Conflict, "input.expectedVersion");
        Assert.Equal((int)first["setTaskProgress"]!["task"]!["version"]!, (int)error["extensions"]!["currentVersion"]!);
        Assert.Equal(20, await ProgressAsync(id));
    }

    [Fact]
    public async Task TwoSimultaneousUpdatesWithTheSameVersion_ExactlyOneWins()
    {
        for (var round = 0; round < 5; round++)
        {
            var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
            var admin = new GraphQLClient(factory, "admin");

            var answers = await Task.WhenAll(
                snvEditor.PostAsync(SetProgress, new { input = new { taskId = id, progress = 40, expectedVersion = version } }),
                admin.PostAsync(SetProgress, new { input = new { taskId = id, progress = 60, expectedVersion = version } }));

            var winners = answers.Where(a => a["errors"] is null).ToList();
            var winner = Assert.Single(winners);
            var loser = Assert.Single(answers, a => a["errors"] is not null);
            GraphQLErrorAssert.Single(loser["errors"]!.AsArray(), ErrorCodes.Conflict);
            Assert.Equal((int)winner["data"]!["setTaskProgress"]!["task"]!["progress"]!, await ProgressAsync(id));
            await using var db = factory.Database.CreateContext();
            Assert.Equal(1, await db.TaskUpdates.CountAsync(u => u.TaskId == TaskKey(id)));
        }
    }

    [Fact]
    public async Task TwentySimultaneousUpdates_EveryLoserGetsConflictWithTheWinnersVersion()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
        var admin = new GraphQLClient(factory, "admin");

        var answers = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            admin.PostAsync(SetProgress, new { input = new { taskId = id, progress = i, expectedVersion = version } })));

        var winner = Assert.Single(answers, a => a["errors"] is null);
        var winnerVersion = (int)winner["data"]!["setTaskProgress"]!["task"]!["version"]!;
        foreach (var loser in answers.Where(a => a["errors"] is not null))
        {
            var error = GraphQLErrorAssert.Single(loser["errors"]!.AsArray(), ErrorCodes.Conflict, "input.expectedVersion");
            Assert.Equal(winnerVersion, (int?)error["extensions"]!["currentVersion"]);
        }
    }

    [Fact]
    public async Task EditorOfAnotherAgency_IsForbiddenAndNothingIsWritten()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory, coordinating: ["STTTT"]);

        var errors = await new GraphQLClient(factory, "stttt.editor").ErrorsAsync(SetProgress, new { input = new { taskId = id, progress = 20, expectedVersion = version } });

        Assert.Contains("SNV", (string?)GraphQLErrorAssert.Single(errors, ErrorCodes.Forbidden)["message"], StringComparison.Ordinal);
        Assert.Equal(0, await ProgressAsync(id));
    }

    [Theory]
    [InlineData(150, null, "input.progress")]
    [InlineData(-1, null, "input.progress")]
    [InlineData(10, "NOT_STARTED", "input.progress")]
    [InlineData(50, "COMPLETED", "input.progress")]
    [InlineData(null, null, "input")]
    public async Task InvalidProgress_ReturnsValidationAndWritesNothing(int? progress, string? status, string field)
    {
        var (id, version, key) = await TaskFixtures.NewTaskAsync(factory);

        var errors = await snvEditor.ErrorsAsync(SetProgress, new { input = new { taskId = id, progress, status, expectedVersion = version } });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, field);
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.TaskUpdates.AnyAsync(u => u.TaskId == key));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == "Task" && e.EntityId == key.ToString()));
    }

    [Fact]
    public async Task Completed_SetsTheCompletionDayAndFullProgress_ReopeningClearsTheDay()
    {
        var today = factory.Services.GetRequiredService<ProvinceClock>().Today;
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory, due: today.AddDays(5));

        var done = (await snvEditor.DataAsync(SetProgress, new { input = new { taskId = id, status = "COMPLETED", expectedVersion = version } }))["setTaskProgress"]!["task"]!;
        Assert.Equal((100, today.ToString("yyyy-MM-dd"), "COMPLETED_ON_TIME"), ((int)done["progress"]!, (string?)done["completedOn"], (string?)done["timeliness"]));

        var reopened = (await snvEditor.DataAsync(SetProgress, new { input = new { taskId = id, status = "IN_PROGRESS", progress = 80, note = "Phải bổ sung", expectedVersion = (int)done["version"]! } }))["setTaskProgress"]!["task"]!;
        Assert.Equal(("IN_PROGRESS", 80, null, "DUE_SOON"), ((string?)reopened["status"], (int)reopened["progress"]!, (string?)reopened["completedOn"], (string?)reopened["timeliness"]));
    }

    [Fact]
    public async Task Cancelling_IsForTheParOfficeOnly()
    {
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);

        GraphQLErrorAssert.Single(await snvEditor.ErrorsAsync(SetProgress, new { input = new { taskId = id, status = "CANCELLED", expectedVersion = version } }), ErrorCodes.Forbidden);
        var cancelled = await new GraphQLClient(factory, "admin").DataAsync(SetProgress, new { input = new { taskId = id, status = "CANCELLED", note = "Trùng nhiệm vụ khác", expectedVersion = version } });

        Assert.Equal("CANCELLED", (string?)cancelled["setTaskProgress"]!["task"]!["status"]);
        var now = (int)cancelled["setTaskProgress"]!["task"]!["version"]!;
        GraphQLErrorAssert.Single(await snvEditor.ErrorsAsync(SetProgress, new { input = new { taskId = id, status = "IN_PROGRESS", expectedVersion = now } }), ErrorCodes.Forbidden);
    }

    [Theory]
    [InlineData("VGFzazo5OTk5OTk5", "NOT_FOUND")] // Task:9999999
    [InlineData("UGxhbjox", "VALIDATION")] // Plan:1
    [InlineData("not an id", "VALIDATION")]
    public async Task UnknownOrMalformedTaskId_IsRefusedNamingTheField(string taskId, string code)
    {
        var errors = await snvEditor.ErrorsAsync(SetProgress, new { input = new { taskId, progress = 10, expectedVersion = 1 } });

        GraphQLErrorAssert.Single(errors, code, "input.taskId");
    }

    private static int TaskKey(string id) => ParGraph.Server.Schema.GlobalId.DecodeInt32(id, "Task", "id");

    private async Task<int> ProgressAsync(string id)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Tasks.Where(t => t.Id == TaskKey(id)).Select(t => t.Progress).SingleAsync();
    }
}
