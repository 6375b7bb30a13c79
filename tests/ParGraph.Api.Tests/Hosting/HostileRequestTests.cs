using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Api.Tests.Tasks;
using ParGraph.Server.Errors;
using ParGraph.Server.Hosting;

namespace ParGraph.Api.Tests.Hosting;

/// <summary>Requests that once broke the service (issue #18): each is refused or served, never INTERNAL.</summary>
public sealed class HostileRequestTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient admin = new(factory, "admin");

    private static string Aliases(int count, string field) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    [Theory]
    [InlineData(1000, "provinceOverview(year: 2024) { taskCount }")]
    [InlineData(2000, "tasks(first: 100) { totalCount }")]
    public async Task ThousandsOfAliasedRootFields_AreRefusedWithComplexityLimit_BeforeTouchingTheDatabase(int count, string field)
    {
        factory.SqlStatements.Reset();

        var errors = await admin.ErrorsAsync(Aliases(count, field));

        GraphQLErrorAssert.Single(errors, ErrorCodes.ComplexityLimit);
        Assert.Equal(0, factory.SqlStatements.Count);
    }

    [Fact]
    public async Task ManyAliasedRootFields_UnderTheLimit_AreServedHoldingAFewConnections()
    {
        var limit = factory.Services.GetRequiredService<IOptions<GraphQLExecutionOptions>>().Value.MaxConnectionsPerRequest;
        factory.OpenConnections.Reset();

        var data = await admin.DataAsync(Aliases(80, "tasks(first: 5) { totalCount nodes { lead { code } } }"));

        Assert.Equal(80, data.AsObject().Count);
        // The request's own connections, plus one for a background job that may run meanwhile.
        Assert.InRange(factory.OpenConnections.Most, 1, limit + 1);
    }

    [Theory]
    [InlineData("query($c: String!) { agencyByCode(code: $c) { id } }")]
    [InlineData("query($c: String!) { tasks(where: { title: { contains: $c } }) { totalCount } }")]
    [InlineData("query($c: String!) { tasks(first: 1, after: $c) { totalCount } }")]
    public async Task QueryInput_WithANul_IsRefusedWithValidationNamingIt(string query)
    {
        var errors = await admin.ErrorsAsync(query, new { c = "S\u0000NV" });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "$c");
    }

    [Fact]
    public async Task MutationInputs_WithANulOrALoneSurrogate_AreRefusedAndNothingIsWritten()
    {
        var (taskId, version, _) = await TaskFixtures.NewTaskAsync(factory);
        var planId = (string)(await admin.DataAsync("{ plans(first: 1) { nodes { id } } }"))["plans"]!["nodes"]![0]!["id"]!;
        var auditBefore = await AuditCountAsync();

        var refused = new (string Query, object Input, string Field)[]
        {
            ("mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { task { id } } }",
                new { taskId, progress = 10, note = "bad\u0000note", expectedVersion = version }, "$input.note"),
            ("mutation($input: UpsertAgencyInput!) { upsertAgency(input: $input) { agency { id } } }",
                new { code = "NUL-TEST", name = "Sở\u0000", kind = "DEPARTMENT" }, "$input.name"),
        };
        foreach (var (query, input, field) in refused)
        {
            GraphQLErrorAssert.Single(await admin.ErrorsAsync(query, new { input }), ErrorCodes.Validation, field);
        }

        // JSON cannot carry a lone surrogate (the reader answers 400); a GraphQL string literal can.
        var literal = $$"""mutation { createTask(input: { planId: "{{planId}}", title: "x\ud800y", lead: ["SNV"] }) { task { id } } }""";
        GraphQLErrorAssert.Single(await admin.ErrorsAsync(literal), ErrorCodes.Validation, "input.title");

        Assert.Equal(auditBefore, await AuditCountAsync());
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Agencies.AnyAsync(a => a.Code == "NUL-TEST"));
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = factory.Database.CreateContext();
        return await db.AuditEntries.CountAsync();
    }
}
