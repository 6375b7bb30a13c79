using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Agencies;

public sealed class MergeAgenciesMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    public const string Merge = """
        mutation($input: MergeAgenciesInput!) {
          mergeAgencies(input: $input) {
            into { code validTo }
            dissolved { code validTo successor { code } }
            reassignedTaskCount
          }
        }
        """;

    private const string TaskQuery = """
        query($id: ID!) {
          node(id: $id) { ... on Task { lead { code } coordinating { code } updates(first: 10) { nodes { username note changes } } } }
        }
        """;

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task MergeAgencies_DissolvesTheAgencies_WithValidToTheDayBeforeAndTheSuccessor()
    {
        var (a, b, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));

        var data = await client.DataAsync(Merge, new { input = new { from = new[] { b.Code, a.Code.ToLowerInvariant() }, into = " " + c.Code, on = "2025-07-01" } });

        var payload = data["mergeAgencies"]!;
        Assert.Equal(c.Code, (string?)payload["into"]!["code"]);
        Assert.Null(payload["into"]!["validTo"]);
        Assert.Equal([b.Code, a.Code], payload["dissolved"]!.AsArray().Select(d => (string)d!["code"]!));
        Assert.All(payload["dissolved"]!.AsArray(), d =>
        {
            Assert.Equal("2025-06-30", (string?)d!["validTo"]);
            Assert.Equal(c.Code, (string?)d["successor"]!["code"]);
        });
        Assert.Equal(0, (int)payload["reassignedTaskCount"]!);
    }

    [Fact]
    public async Task MergeAgencies_OpenTasks_PassToTheSuccessor_ClosedTasksKeepTheirAgencies()
    {
        var (a, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var open = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], ["SNV", "STTTT"]);
        var coordinating = await MergeAgencyData.TaskAsync(factory, TaskStatus.NotStarted, ["SNV"], ["STTTT", a.Code]);
        var completed = await MergeAgencyData.TaskAsync(factory, TaskStatus.Completed, [a.Code], []);
        var cancelled = await MergeAgencyData.TaskAsync(factory, TaskStatus.Cancelled, [a.Code], []);
        var deleted = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], [], deleted: true);

        var data = await client.DataAsync(Merge, new { input = new { from = new[] { a.Code }, into = c.Code, on = "2025-07-01" } });

        Assert.Equal(2, (int)data["mergeAgencies"]!["reassignedTaskCount"]!);
        Assert.Equal((c.Code, "SNV,STTTT"), await MergeAgencyData.AssignedAsync(factory, open));
        Assert.Equal(("SNV", "STTTT," + c.Code), await MergeAgencyData.AssignedAsync(factory, coordinating));
        Assert.Equal((a.Code, ""), await MergeAgencyData.AssignedAsync(factory, completed));
        Assert.Equal((a.Code, ""), await MergeAgencyData.AssignedAsync(factory, cancelled));
        Assert.Equal((a.Code, ""), await MergeAgencyData.AssignedAsync(factory, deleted));
    }

    [Fact]
    public async Task MergeAgencies_WhereTheSuccessorAlreadyTakesPart_AddsNoDuplicateAndKeepsTheOrder()
    {
        var (a, b, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var both = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, ["SNV", a.Code, c.Code], ["STTTT", b.Code, "STC"]);
        var promoted = await MergeAgencyData.TaskAsync(factory, TaskStatus.NotStarted, [a.Code], [c.Code, "STTTT"]);

        await client.DataAsync(Merge, new { input = new { from = new[] { a.Code, b.Code }, into = c.Code, on = "2025-07-01" } });

        Assert.Equal(("SNV," + c.Code, "STTTT,STC"), await MergeAgencyData.AssignedAsync(factory, both));
        Assert.Equal((c.Code, "STTTT"), await MergeAgencyData.AssignedAsync(factory, promoted));
        await using var db = factory.Database.CreateContext();
        Assert.Equal([1, 2], await db.TaskAssignments.Where(x => x.TaskId == both.Id && x.Role == AssignmentRole.Lead).OrderBy(x => x.Position).Select(x => x.Position).ToListAsync());
    }

    [Fact]
    public async Task MergeAgencies_TaskHistory_KeepsWhoLedWhatWhen()
    {
        var (a, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var task = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], ["SNV"]);

        await client.DataAsync(Merge, new { input = new { from = new[] { a.Code }, into = c.Code, on = "2025-07-01" } });

        var node = (await client.DataAsync(TaskQuery, new { id = TestPlans.TaskId(task) }))["node"]!;
        Assert.Equal(c.Code, (string?)node["lead"]![0]!["code"]);
        var update = Assert.Single(node["updates"]!["nodes"]!.AsArray())!;
        Assert.Equal("admin", (string?)update["username"]);
        Assert.Contains($"{a.Code} merged into {c.Code} from 2025-07-01", (string?)update["note"]);
        var changes = JsonNode.Parse((string)update["changes"]!)!;
        Assert.Equal(new JsonArray(new JsonArray(a.Code), new JsonArray(c.Code)).ToJsonString(), changes["lead"]!.ToJsonString());
        Assert.Null(changes["coordinating"]);
    }

    [Fact]
    public async Task MergeAgencies_GroupMemberships_PassToTheSuccessor()
    {
        var (a, c) = (await MergeAgencyData.AgencyAsync(factory, groups: ["ALL-DISTRICTS", "ALL-AGENCIES"]), await MergeAgencyData.AgencyAsync(factory, groups: ["ALL-AGENCIES"]));

        await client.DataAsync(Merge, new { input = new { from = new[] { a.Code }, into = c.Code, on = "2025-07-01" } });

        await using var db = factory.Database.CreateContext();
        var groups = (await db.Agencies.Where(x => x.Code == a.Code || x.Code == c.Code)
                .Select(x => new { x.Code, Groups = x.Groups.Select(g => g.Code).ToList() }).ToListAsync())
            .ToDictionary(x => x.Code, x => x.Groups.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(groups[a.Code]);
        Assert.Equal(["ALL-AGENCIES", "ALL-DISTRICTS"], groups[c.Code]);
    }

    [Fact]
    public async Task MergeAgencies_WritesOneAuditEntryPerAgencyAndPerTask_InTheSameRequest()
    {
        var (a, b, c) = (await MergeAgencyData.AgencyAsync(factory, groups: ["ALL-DISTRICTS"]), await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var task = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], [b.Code]);

        await client.DataAsync(Merge, new { input = new { from = new[] { a.Code, b.Code }, into = c.Code, on = "2025-07-01" } });

        await using var db = factory.Database.CreateContext();
        var entries = await db.AuditEntries.Where(e => e.Operation == "mergeAgencies"
                && (e.EntityId == a.Code || e.EntityId == b.Code || e.EntityId == c.Code || e.EntityId == task.Id.ToString()))
            .OrderBy(e => e.Id).ToListAsync();
        var taskId = task.Id.ToString();
        Assert.Equal(
            new[] { ("Agency", a.Code), ("Agency", b.Code), ("Agency", c.Code), ("Task", taskId) }.Order(),
            entries.Select(e => (e.EntityType, e.EntityId!)).Order());
        Assert.All(entries, e => Assert.Equal("admin", e.Username));
        Assert.NotNull(Assert.Single(entries.Select(e => e.RequestId).Distinct()));
        var dissolved = entries.Single(e => e.EntityId == a.Code);
        var (before, after) = (JsonNode.Parse(dissolved.Before!)!, JsonNode.Parse(dissolved.After!)!);
        Assert.Null(before["validTo"]);
        Assert.Equal("2025-06-30", (string?)after["validTo"]);
        Assert.Equal(c.Id, (int?)after["successorId"]);
        Assert.Equal("ALL-DISTRICTS", (string?)before["groups"]![0]);
        Assert.Empty(after["groups"]!.AsArray());
        var handover = entries.Single(e => e.EntityType == "Task");
        Assert.Equal(a.Code, (string?)JsonNode.Parse(handover.Before!)!["lead"]![0]);
        Assert.Equal(c.Code, (string?)JsonNode.Parse(handover.After!)!["lead"]![0]);
        Assert.Empty(JsonNode.Parse(handover.After!)!["coordinating"]!.AsArray()); // the successor leads; it does not also coordinate
    }
}
