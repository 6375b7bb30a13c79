using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Identity;

/// <summary>
/// Who may do what (README, Authentication), role by role, with real tokens from the development identity provider.
/// Every rule a later feature adds joins this matrix.
/// </summary>
public partial class AuthorizationMatrixTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    public enum Outcome
    {
        Allowed,
        Forbidden,
        Unauthenticated,
        NotFound,
    }

    public const string Anonymous = "(anonymous)";
    public const string IocDashboard = "ioc-dashboard (client credentials)";

    private static readonly string ThematicPlan = Seeds.TestSeeds.ReadDocument("002_");

    private static readonly string[] Users =
        [Anonymous, "admin", "snv.editor", "stttt.editor", "syt.viewer", "analyst", "ioc.viewer", IocDashboard];

    /// <summary>Operation name → (document, the field it is about, who may use it).</summary>
    private static readonly Dictionary<string, (string Document, string Field, Func<string, bool> Allowed)> Operations = new()
    {
        ["importDocument (dry run)"] = (
            "mutation($text: String!) { importDocument(input: { fileName: \"matrix.txt\", text: $text, dryRun: true }) { report { tasksCreated } } }",
            "importDocument",
            user => user == "admin"),
        ["read agencies"] = ("{ agencies(first: 5) { totalCount nodes { code } } }", "agencies", _ => true),
        ["read plans"] = ("{ plans { nodes { documentNumber sections { title } } } }", "plans", _ => true),
        ["read tasks"] = ("{ tasks(first: 5) { nodes { title lead { code } } } }", "tasks", _ => true),
        ["read reports"] = ("{ reports(first: 5) { totalCount nodes { status } } }", "reports", _ => true),
        ["read me"] = ("{ me { username roles } }", "me", _ => true),
        ["introspect"] = ("{ __schema { queryType { name } } }", "__schema", _ => true),
        ["registerPersistedDocument"] = (
            """mutation { registerPersistedDocument(input: { document: "{ me { username } }", name: "matrix-test" }) { persistedDocument { documentId } } }""",
            "registerPersistedDocument",
            user => user == "admin"),
        ["read persistedDocuments"] = ("{ persistedDocuments(first: 5) { nodes { documentId } } }", "persistedDocuments", user => user == "admin"),
        ["read auditLog"] = ("{ auditLog(first: 5) { nodes { operation } } }", "auditLog", user => user == "admin"),
        ["upsertAgency"] = (
            """mutation { upsertAgency(input: { code: "MATRIX-TEST", name: "Cơ quan thử", kind: EXTERNAL }) { agency { code } } }""",
            "upsertAgency",
            user => user == "admin"),
        ["mergeAgencies"] = (
            """mutation { mergeAgencies(input: { from: ["UBND-KHANHSON"], into: "UBND-KHANHVINH", on: "2025-07-01" }) { into { code } reassignedTaskCount } }""",
            "mergeAgencies",
            user => user == "admin"),
        ["read archived auditLog"] = ("{ auditLog(archived: true, first: 5) { nodes { operation requestId } } }", "auditLog", user => user == "admin"),
        ["defineKpi"] = (
            """mutation { defineKpi(input: { code: "MATRIX-TEST", name: "Chỉ tiêu thử", unit: COUNT, direction: HIGHER_IS_BETTER, kind: INDICATOR }) { kpi { code } } }""",
            "defineKpi",
            user => user == "admin"),
        ["setKpiTarget"] = (
            """mutation { setKpiTarget(input: { kpiCode: "ONLINE-PAYMENT-RATE", year: 2099, comparator: GTE, value: 50 }) { target { year } } }""",
            "setKpiTarget",
            user => user == "admin"),
        ["recordKpiMeasurement (agency SNV)"] = (
            """mutation { recordKpiMeasurement(input: { kpiCode: "ONLINE-PAYMENT-RATE", on: "2025-01-31", value: 40, agencyCode: "SNV", source: "matrix test" }) { measurement { id } } }""",
            "recordKpiMeasurement",
            user => user is "admin" or "snv.editor"),
        ["createTask"] = (
            """mutation($planId: ID!) { createTask(input: { planId: $planId, title: "Nhiệm vụ thử", lead: ["SNV"] }) { task { id } } }""",
            "createTask",
            user => user == "admin"),
        ["updateTask"] = (
            """mutation($taskId: ID!, $version: Int!) { updateTask(input: { taskId: $taskId, title: "Đổi tên", expectedVersion: $version }) { task { id } } }""",
            "updateTask",
            user => user == "admin"),
        ["assignTask"] = (
            """mutation($taskId: ID!, $version: Int!) { assignTask(input: { taskId: $taskId, lead: ["STTTT"], expectedVersion: $version }) { task { id } } }""",
            "assignTask",
            user => user == "admin"),
        ["deleteTask"] = (
            """mutation($taskId: ID!, $version: Int!) { deleteTask(input: { taskId: $taskId, expectedVersion: $version }) { task { id } } }""",
            "deleteTask",
            user => user == "admin"),
        ["setTaskProgress (SNV-led task)"] = (
            """mutation($taskId: ID!, $version: Int!) { setTaskProgress(input: { taskId: $taskId, progress: 20, expectedVersion: $version }) { task { id } } }""",
            "setTaskProgress",
            user => user is "admin" or "snv.editor"),
    };

    /// <summary>Operations on a task get a fresh SNV-led one per row, so rows do not change each other's versions.</summary>
    private static readonly HashSet<string> NeedsFreshTask = ["createTask", "updateTask", "assignTask", "deleteTask", "setTaskProgress"];

    public static TheoryData<string, string, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var user in Users)
        {
            foreach (var (operation, rule) in Operations)
            {
                data.Add(user, operation, user == Anonymous ? Outcome.Unauthenticated
                    : rule.Allowed(user) ? Outcome.Allowed : Outcome.Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Operation_ByUser_IsAnsweredAsTheRolesSay(string user, string operation, Outcome expected)
    {
        var (document, field, _) = Operations[operation];
        using var http = await ClientForAsync(user);

        object variables = new { text = ThematicPlan };
        if (NeedsFreshTask.Contains(field))
        {
            var (taskId, version, _) = await Tasks.TaskFixtures.NewTaskAsync(factory);
            variables = new { taskId, version, planId = await PlanIdOfAsync(taskId) };
        }

        using var response = await http.PostAsJsonAsync("/graphql", new { query = document, variables });
        await AssertAnsweredAsync(response, user, operation, field, expected);
    }

    /// <summary>The answer the matrix expects: 401 with a challenge, the field's FORBIDDEN or NOT_FOUND error, or its data.</summary>
    private static async Task AssertAnsweredAsync(HttpResponseMessage response, string user, string operation, string field, Outcome expected)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = body["errors"]?[0];
        switch (expected)
        {
            case Outcome.Unauthenticated:
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
                Assert.Equal("UNAUTHENTICATED", error?["extensions"]?["code"]?.GetValue<string>());
                Assert.Null(body["data"]);
                break;
            case Outcome.Forbidden or Outcome.NotFound:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(expected == Outcome.NotFound ? "NOT_FOUND" : "FORBIDDEN", error?["extensions"]?["code"]?.GetValue<string>());
                Assert.Equal(field, error?["path"]?[0]?.GetValue<string>());
                Assert.True(body["data"] is null || body["data"]![field] is null);
                break;
            default:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(error is null, $"{user} / {operation}: {error?.ToJsonString()}");
                Assert.NotNull(body["data"]?[field]);
                break;
        }
    }

    [Fact]
    public async Task Me_ForAnAgencyEditor_NamesTheAgencyAndTheAccess()
    {
        using var http = await ClientForAsync("stttt.editor");
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ me { username isParAdmin agencies { code access agency { name } } } }" });
        var me = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["me"]!;

        Assert.Equal("stttt.editor", me["username"]!.GetValue<string>());
        Assert.False(me["isParAdmin"]!.GetValue<bool>());
        var agency = Assert.Single(me["agencies"]!.AsArray());
        Assert.Equal("STTTT", agency!["code"]!.GetValue<string>());
        Assert.Equal("EDITOR", agency["access"]!.GetValue<string>());
        Assert.Equal("Sở Thông tin và Truyền thông", agency["agency"]!["name"]!.GetValue<string>());
    }

    private async Task<string> PlanIdOfAsync(string taskId)
    {
        await using var db = factory.Database.CreateContext();
        var key = ParGraph.Server.Schema.GlobalId.DecodeInt32(taskId, "Task", "taskId");
        return ParGraph.Server.Schema.GlobalId.Encode("Plan", await db.Tasks.Where(t => t.Id == key).Select(t => t.PlanId).SingleAsync());
    }

    /// <summary>The fixture, for the other part of this class.</summary>
    private ParGraphApiFactory Factory => factory;

    private async Task<HttpClient> ClientForAsync(string user)
    {
        if (user == Anonymous)
        {
            return factory.CreateClient();
        }

        if (user != IocDashboard)
        {
            return factory.CreateClientFor(user);
        }

        return factory.CreateClientWithToken(await factory.RequestClientTokenAsync());
    }
}
