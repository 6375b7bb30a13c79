using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using ParGraph.Server.Schema;
using static ParGraph.Api.Tests.Reports.ReportTestPlan;

namespace ParGraph.Api.Tests.Reports;

/// <summary>Every report mutation validates its input before writing, and the workflow refuses illegal steps by name.</summary>
public sealed class ReportValidationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient admin = new(factory);
    private readonly GraphQLClient snv = new(factory, "snv.editor");

    [Theory]
    [InlineData("SNV", 1999, null, "input.year")]
    [InlineData("SNV", 2101, null, "input.year")]
    [InlineData(" ", 2024, null, "input.agencyCode")]
    [InlineData("NO-SUCH-AGENCY", 2024, null, "input.agencyCode")]
    [InlineData("ALL-DEPARTMENTS", 2024, null, "input.agencyCode")]
    [InlineData("SNV", 2024, "not-an-id", "input.planId")]
    [InlineData("SNV", 2024, "UGxhbjo5OTk5OTk", "input.planId")] // Plan:999999
    public async Task OpenReport_WithInvalidInput_ReturnsValidationAndWritesNothing(string agencyCode, int year, string? planId, string field)
    {
        await AssertRejectedAsync(admin, Open, new { agencyCode, year, period = "H1", planId }, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task OpenReport_ForAnotherAgency_IsForbidden()
    {
        await AssertRejectedAsync(snv, Open, new { agencyCode = "STTTT", year = 2024, period = "Q1" }, ErrorCodes.Forbidden, null);
    }

    [Theory]
    [InlineData(null, "CANCELLED", null, "input.status")]
    [InlineData(null, null, 101, "input.progress")]
    [InlineData(null, null, -1, "input.progress")]
    [InlineData(null, "COMPLETED", 50, "input.progress")]
    [InlineData("ftp://example.org/x", null, null, "input.evidence")]
    [InlineData("www.example.org", null, null, "input.evidence")]
    [InlineData("http:///nohost", null, null, "input.evidence")]
    public async Task UpdateReportEntry_WithInvalidInput_ReturnsValidationAndWritesNothing(string? link, string? status, int? progress, string field)
    {
        var plan = await CreateAsync(factory);
        var id = (string)(await plan.OpenAsync(snv))["id"]!;

        await AssertRejectedAsync(snv, UpdateEntry, new { reportId = id, taskId = TaskId(plan.LedBySnv), status, progress, evidence = link is null ? null : new[] { link } }, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task UpdateReportEntry_WithTooLongResultOrNothingToChange_ReturnsValidation()
    {
        var plan = await CreateAsync(factory);
        var id = (string)(await plan.OpenAsync(snv))["id"]!;

        await AssertRejectedAsync(snv, UpdateEntry, new { reportId = id, taskId = TaskId(plan.LedBySnv), result = new string('x', 4001) }, ErrorCodes.Validation, "input.result");
        await AssertRejectedAsync(snv, UpdateEntry, new { reportId = id, taskId = TaskId(plan.LedBySnv) }, ErrorCodes.Validation, "input");
    }

    [Fact]
    public async Task Mutations_WithUnknownReportOrTask_ReturnNotFound()
    {
        var plan = await CreateAsync(factory);
        var id = (string)(await plan.OpenAsync(snv))["id"]!;
        var unknown = GlobalId.Encode("Report", 999_999);

        await AssertRejectedAsync(snv, Submit, new { reportId = unknown }, ErrorCodes.NotFound, "input.reportId");
        await AssertRejectedAsync(admin, Approve, new { reportId = unknown }, ErrorCodes.NotFound, "input.reportId");
        await AssertRejectedAsync(snv, UpdateEntry, new { reportId = id, taskId = TaskId(plan.LedBySttttOnly), progress = 5 }, ErrorCodes.NotFound, "input.taskId");
        await AssertRejectedAsync(new GraphQLClient(factory, "stttt.editor"), Submit, new { reportId = id }, ErrorCodes.NotFound, "input.reportId");
    }

    [Fact]
    public async Task IllegalTransitions_ReturnValidationNamingTheCurrentState()
    {
        var plan = await CreateAsync(factory);
        var id = (string)(await plan.OpenAsync(snv))["id"]!;

        Assert.Contains("DRAFT", await RejectedMessageAsync(admin, Approve, new { reportId = id }), StringComparison.Ordinal);
        Assert.Contains("DRAFT", await RejectedMessageAsync(admin, Return, new { reportId = id, reason = "Thiếu" }), StringComparison.Ordinal);
        await snv.DataAsync(Submit, new { input = new { reportId = id } });
        Assert.Contains("SUBMITTED", await RejectedMessageAsync(snv, Submit, new { reportId = id }), StringComparison.Ordinal);
        Assert.Contains("SUBMITTED", await RejectedMessageAsync(snv, UpdateEntry, new { reportId = id, taskId = TaskId(plan.LedBySnv), progress = 5 }), StringComparison.Ordinal);
        await admin.DataAsync(Approve, new { input = new { reportId = id } });
        Assert.Contains("APPROVED", await RejectedMessageAsync(admin, Return, new { reportId = id, reason = "Thiếu" }), StringComparison.Ordinal);
        var reopen = await RejectedAsync(snv, Open, new { agencyCode = "SNV", year = 2024, period = "Q1", planId = plan.PlanId }, "input.period");
        Assert.Equal("APPROVED", (string?)reopen["extensions"]!["currentStatus"]);
    }

    [Fact]
    public async Task ReturnReport_WithoutReason_ReturnsValidation()
    {
        var plan = await CreateAsync(factory);
        var id = await plan.SubmittedAsync(snv);

        await AssertRejectedAsync(admin, Return, new { reportId = id, reason = "  " }, ErrorCodes.Validation, "input.reason");
    }

    private async Task<string?> RejectedMessageAsync(GraphQLClient client, string mutation, object input) =>
        (string?)(await RejectedAsync(client, mutation, input, "input.reportId"))["message"];

    private async Task<JsonNode> RejectedAsync(GraphQLClient client, string mutation, object input, string field) =>
        await AssertRejectedAsync(client, mutation, input, ErrorCodes.Validation, field);

    private async Task<JsonNode> AssertRejectedAsync(GraphQLClient client, string mutation, object input, string code, string? field)
    {
        var before = await CountRowsAsync();

        var errors = await client.ErrorsAsync(mutation, new { input });

        var error = GraphQLErrorAssert.Single(errors, code, field);
        Assert.Equal(before, await CountRowsAsync());
        return error;
    }

    private async Task<(int Periods, int Reports, int Entries, int Updates, int AuditEntries, string Entry)> CountRowsAsync()
    {
        await using var db = factory.Database.CreateContext();
        var entries = string.Join("|", await db.ReportEntries.OrderBy(e => e.Id).Select(e => new { e.Progress, e.Status, e.Result }).ToListAsync());
        return (await db.ReportingPeriods.CountAsync(), await db.Reports.CountAsync(), await db.ReportEntries.CountAsync(),
            await db.TaskUpdates.CountAsync(), await db.AuditEntries.CountAsync(), entries);
    }
}
