using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>where:</c> on the imported seed tasks: each operation checked against the same condition in C#.</summary>
public class TaskFilteringTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory, "analyst");

    private async Task<int> CountAsync(string where) =>
        (await client.DataAsync($"{{ tasks(where: {where}) {{ totalCount }} }}"))["tasks"]!["totalCount"]!.GetValue<int>();

    private async Task<int> ExpectedAsync(Func<PlanTask, bool> condition)
    {
        await using var db = factory.Database.CreateContext();
        return (await db.Tasks.AsNoTracking().Include(t => t.Plan).Include(t => t.Section)
            .Include(t => t.Assignments).ThenInclude(a => a.Agency).ToListAsync()).Count(condition);
    }

    [Fact]
    public async Task TitleContains_WithoutAccentsOrCase_FindsVietnameseText()
    {
        var count = await CountAsync("""{ title: { contains: "SO HOA" } }""");

        Assert.Equal(await ExpectedAsync(t => t.Title is not null && VietnameseText.Fold(t.Title).Contains("so hoa", StringComparison.Ordinal)), count);
        Assert.True(count > 0);
    }

    [Fact]
    public async Task TitleEq_IsExact()
    {
        await using var db = factory.Database.CreateContext();
        var title = await db.Tasks.Where(t => t.Title != null).Select(t => t.Title!).FirstAsync();

        Assert.Equal(await ExpectedAsync(t => t.Title == title), await CountAsync($$"""{ title: { eq: "{{title.Replace("\"", "\\\"")}}" } }"""));
        Assert.Equal(0, await CountAsync($$"""{ title: { eq: "{{title.ToUpperInvariant().Replace("\"", "\\\"")}}" } }"""));
    }

    [Fact]
    public async Task LeadSome_ByCode_CountsTheTasksTheAgencyLeads()
    {
        var count = await CountAsync("""{ lead: { some: { code: { eq: "SNV" } } } }""");

        Assert.Equal(await ExpectedAsync(t => t.Assignments.Any(a => a.Role == AssignmentRole.Lead && a.Agency!.Code == "SNV")), count);
        Assert.True(count > 0);
    }

    [Fact]
    public async Task LeadNoneAndAny_AreTheirComplements()
    {
        var total = await CountAsync("{}");

        Assert.Equal(total - await CountAsync("""{ lead: { some: { kind: { eq: GROUP } } } }"""), await CountAsync("""{ lead: { none: { kind: { eq: GROUP } } } }"""));
        Assert.Equal(await ExpectedAsync(t => !t.Assignments.Any(a => a.Role == AssignmentRole.Lead)), await CountAsync("{ lead: { any: false } }"));
    }

    [Fact]
    public async Task DeadlineAndSectionAndPlan_Nested_CombineWithAnd()
    {
        var count = await CountAsync("""
            { deadline: { due: { gte: "2024-01-01", lt: "2025-01-01" } }, section: { area: { in: [PROCEDURES, DIGITAL_GOVERNMENT] } }, plan: { documentNumber: { eq: "3049/QĐ-UBND" } } }
            """);

        Assert.Equal(await ExpectedAsync(t => t.Deadline.Due >= new DateOnly(2024, 1, 1) && t.Deadline.Due < new DateOnly(2025, 1, 1)
            && t.Section?.Area is ReformArea.Procedures or ReformArea.DigitalGovernment && t.Plan!.DocumentNumber == "3049/QĐ-UBND"), count);
        Assert.True(count > 0);
    }

    [Fact]
    public async Task OrAndNegations_FollowTheirMeaning()
    {
        var count = await CountAsync("""
            { or: [{ deadline: { kind: { eq: RECURRING } } }, { and: [{ needsReview: { eq: true } }, { status: { nin: [COMPLETED] } }] }], title: { ncontains: "báo cáo" } }
            """);

        Assert.Equal(await ExpectedAsync(t => (t.Deadline.Kind == DeadlineKind.Recurring || (t.NeedsReview && t.Status != TaskStatus.Completed))
            && !(t.Title is not null && VietnameseText.Fold(t.Title).Contains("bao cao", StringComparison.Ordinal))), count);
    }

    [Fact]
    public async Task Filtered_PagedBySeven_ReturnsEachMatchingTaskOnce()
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(
                """query($after: String) { tasks(first: 7, after: $after, where: { plan: { kind: { eq: ANNUAL_PLAN } } }, order: [{ title: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }""",
                new { after }))["tasks"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(await ExpectedAsync(t => t.Plan!.Kind == PlanKind.AnnualPlan), ids.Count);
    }

    [Fact]
    public async Task TaskStatistics_WithTheSameWhere_CountsTheSameTasks()
    {
        const string where = """{ lead: { some: { kind: { eq: DISTRICT } } }, title: { contains: "cong khai" } }""";
        var data = await client.DataAsync($"{{ tasks(where: {where}) {{ totalCount }} taskStatistics(where: {where}, groupBy: [STATUS]) {{ count }} }}");

        Assert.Equal(data["tasks"]!["totalCount"]!.GetValue<int>(), data["taskStatistics"]!.AsArray().Sum(g => g!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Agencies_NameContains_IgnoresAccents()
    {
        var data = await client.DataAsync("""{ agencies(where: { name: { contains: "so noi vu" } }) { nodes { code } } }""");

        Assert.Equal("SNV", Assert.Single(data["agencies"]!["nodes"]!.AsArray())!["code"]!.GetValue<string>());
    }
}
