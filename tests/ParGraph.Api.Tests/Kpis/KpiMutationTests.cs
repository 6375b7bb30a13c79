using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Kpis;

public sealed class KpiMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Define = """
        mutation($input: DefineKpiInput!) { defineKpi(input: $input) { kpi { id code name description unit direction kind area } } }
        """;

    private const string SetTarget = """
        mutation($input: SetKpiTargetInput!) { setKpiTarget(input: $input) { target { year comparator value text plan { documentNumber } } kpi { code targets { year } } } }
        """;

    private const string Record = """
        mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { measurement { id on value rank rankOutOf source agency { code } } kpi { code } } }
        """;

    private readonly GraphQLClient admin = new(factory);

    [Fact]
    public async Task DefineKpi_WithNewCode_CreatesTheKpi()
    {
        var code = NewCode();

        var data = await admin.DataAsync(Define, new
        {
            input = new { code = code.ToLowerInvariant(), name = " Tỷ lệ hài lòng ", description = "SIPAS", unit = "PERCENT", direction = "HIGHER_IS_BETTER", kind = "INDEX", area = "PROCEDURES" },
        });

        var kpi = data["defineKpi"]!["kpi"]!;
        Assert.Equal((code, "Tỷ lệ hài lòng", "PERCENT", "INDEX", "PROCEDURES"),
            ((string?)kpi["code"], (string?)kpi["name"], (string?)kpi["unit"], (string?)kpi["kind"], (string?)kpi["area"]));
        var read = await admin.DataAsync("query($code: String!) { kpiByCode(code: $code) { id } }", new { code });
        Assert.Equal((string?)kpi["id"], (string?)read["kpiByCode"]!["id"]);
    }

    [Fact]
    public async Task DefineKpi_WithExistingCode_UpdatesItAndAuditsBeforeAndAfter()
    {
        var code = NewCode();
        await admin.DataAsync(Define, new { input = new { code, name = "Trước", unit = "COUNT", direction = "HIGHER_IS_BETTER", kind = "INDICATOR" } });

        var data = await admin.DataAsync(Define, new { input = new { code, name = "Sau", unit = "RANK", direction = "LOWER_IS_BETTER", kind = "INDEX" } });

        Assert.Equal("LOWER_IS_BETTER", (string?)data["defineKpi"]!["kpi"]!["direction"]);
        var entries = await AuditEntriesAsync(code);
        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0].Before);
        Assert.Equal(("defineKpi", "Kpi"), (entries[1].Operation, entries[1].EntityType));
        Assert.Equal(("Trước", "COUNT"), ((string?)JsonNode.Parse(entries[1].Before!)!["name"], (string?)JsonNode.Parse(entries[1].Before!)!["unit"]));
        Assert.Equal(("Sau", "RANK"), ((string?)JsonNode.Parse(entries[1].After!)!["name"], (string?)JsonNode.Parse(entries[1].After!)!["unit"]));
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.Kpis.CountAsync(k => k.Code == code));
    }

    [Theory]
    [InlineData("sipas test", "Tên", "input.code")]
    [InlineData("A--B", "Tên", "input.code")]
    [InlineData("", "Tên", "input.code")]
    [InlineData("OK-CODE", " ", "input.name")]
    public async Task DefineKpi_WithInvalidInput_ReturnsValidationAndWritesNothing(string code, string name, string field)
    {
        await AssertRejectedAsync(admin, Define, new { code, name, unit = "COUNT", direction = "HIGHER_IS_BETTER", kind = "INDICATOR" }, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task DefineKpi_WithTooLongName_ReturnsValidation()
    {
        await AssertRejectedAsync(admin, Define, new { code = NewCode(), name = new string('x', 513), unit = "COUNT", direction = "HIGHER_IS_BETTER", kind = "INDICATOR" }, ErrorCodes.Validation, "input.name");
    }

    [Fact]
    public async Task SetKpiTarget_TwiceForOneYear_ReplacesTheTargetAndLinksThePlan()
    {
        var code = await DefineAsync("PERCENT");
        var planId = (string)(await admin.DataAsync("""{ planByNumber(documentNumber: "3049/QĐ-UBND") { id } }"""))["planByNumber"]!["id"]!;
        await admin.DataAsync(SetTarget, new { input = new { kpiCode = code, year = 2025, comparator = "GT", value = 87.0 } });

        var data = await admin.DataAsync(SetTarget, new { input = new { kpiCode = code.ToLowerInvariant(), year = 2025, comparator = "GTE", value = 90.0, text = "ít nhất 90%", planId } });

        var target = data["setKpiTarget"]!["target"]!;
        Assert.Equal(("GTE", 90.0, "ít nhất 90%", "3049/QĐ-UBND"),
            ((string?)target["comparator"], (double)target["value"]!, (string?)target["text"], (string?)target["plan"]!["documentNumber"]));
        Assert.Single(data["setKpiTarget"]!["kpi"]!["targets"]!.AsArray());
        var update = (await AuditEntriesAsync(code + "/2025"))[1];
        Assert.Equal("GT", (string?)JsonNode.Parse(update.Before!)!["comparator"]);
        Assert.Equal("GTE", (string?)JsonNode.Parse(update.After!)!["comparator"]);
    }

    [Theory]
    [InlineData(1999, 50.0, null, "input.year")]
    [InlineData(2101, 50.0, null, "input.year")]
    [InlineData(2025, 100.5, null, "input.value")]
    [InlineData(2025, -1.0, null, "input.value")]
    [InlineData(2025, 50.0, "not-a-plan-id", "input.planId")]
    [InlineData(2025, 50.0, "UGxhbjo5OTk5OTk", "input.planId")] // Plan:999999
    public async Task SetKpiTarget_WithInvalidInput_ReturnsValidationAndWritesNothing(int year, double value, string? planId, string field)
    {
        var code = await DefineAsync("PERCENT");
        await AssertRejectedAsync(admin, SetTarget, new { kpiCode = code, year, comparator = "GTE", value, planId }, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task SetKpiTarget_ForUnknownKpi_ReturnsNotFound()
    {
        var errors = await admin.ErrorsAsync(SetTarget, new { input = new { kpiCode = "NO-SUCH-KPI", year = 2025, comparator = "GTE", value = 1.0 } });
        Assert.Contains("NO-SUCH-KPI", (string?)GraphQLErrorAssert.Single(errors, ErrorCodes.NotFound, "input.kpiCode")["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordKpiMeasurement_ProvinceWideByAdmin_StoresWhoAndAudits()
    {
        var code = await DefineAsync("SCORE");

        var data = await admin.DataAsync(Record, new { input = new { kpiCode = code, on = "2024-12-31", value = 83.66, rank = 30, rankOutOf = 63, source = "https://example.org/sipas-2024" } });

        var measurement = data["recordKpiMeasurement"]!["measurement"]!;
        Assert.Equal((83.66, 30, 63), ((double)measurement["value"]!, (int)measurement["rank"]!, (int)measurement["rankOutOf"]!));
        Assert.Null(measurement["agency"]);
        await using var db = factory.Database.CreateContext();
        var stored = await db.KpiMeasurements.SingleAsync(m => m.Kpi!.Code == code);
        Assert.Equal("admin", stored.RecordedBy);
        var entry = Assert.Single(await AuditEntriesAsync(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), e => e.Operation == "recordKpiMeasurement");
        Assert.Equal(code, (string?)JsonNode.Parse(entry.After!)!["kpiCode"]);
    }

    [Fact]
    public async Task RecordKpiMeasurement_BySnvEditorForSnv_IsAllowed()
    {
        var code = await DefineAsync("PERCENT");

        var data = await new GraphQLClient(factory, "snv.editor").DataAsync(Record, new { input = new { kpiCode = code, on = "2025-06-30", value = 95.0, agencyCode = "snv", source = "Báo cáo 6 tháng của SNV" } });

        Assert.Equal("SNV", (string?)data["recordKpiMeasurement"]!["measurement"]!["agency"]!["code"]);
        await using var db = factory.Database.CreateContext();
        Assert.Equal("snv.editor", (await db.KpiMeasurements.SingleAsync(m => m.Kpi!.Code == code)).RecordedBy);
    }

    [Theory]
    [InlineData("STTTT")]
    [InlineData(null)]
    public async Task RecordKpiMeasurement_BySnvEditorForAnotherAgencyOrProvinceWide_IsForbiddenAndWritesNothing(string? agencyCode)
    {
        var code = await DefineAsync("PERCENT");
        var snvEditor = new GraphQLClient(factory, "snv.editor");

        var error = await AssertRejectedAsync(snvEditor, Record, new { kpiCode = code, on = "2025-06-30", value = 95.0, agencyCode, source = "Báo cáo" }, ErrorCodes.Forbidden, null);

        Assert.Equal("recordKpiMeasurement", (string?)error["path"]![0]);
    }

    [Theory]
    [InlineData("FUTURE", 1.0, null, null, "Báo cáo", "input.on")]
    [InlineData(null, 101.0, null, null, "Báo cáo", "input.value")]
    [InlineData(null, 1.0, 0, 10, "Báo cáo", "input.rank")]
    [InlineData(null, 1.0, 5, null, "Báo cáo", "input.rankOutOf")]
    [InlineData(null, 1.0, 5, 4, "Báo cáo", "input.rankOutOf")]
    [InlineData(null, 1.0, null, null, "  ", "input.source")]
    [InlineData(null, 1.0, null, null, "ftp://example.org/x", "input.source")]
    [InlineData(null, 1.0, null, null, "http//example.org", "input.source")]
    public async Task RecordKpiMeasurement_WithInvalidInput_ReturnsValidationAndWritesNothing(string? on, double value, int? rank, int? rankOutOf, string source, string field)
    {
        var code = await DefineAsync("PERCENT");
        var day = on == "FUTURE" ? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd") : "2025-01-31";

        await AssertRejectedAsync(admin, Record, new { kpiCode = code, on = day, value, rank, rankOutOf, source }, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task RecordKpiMeasurement_WithTooLongSourceOrUnknownAgency_ReturnsValidation()
    {
        var code = await DefineAsync("COUNT");

        await AssertRejectedAsync(admin, Record, new { kpiCode = code, on = "2025-01-31", value = 1.0, source = new string('s', 501) }, ErrorCodes.Validation, "input.source");
        await AssertRejectedAsync(admin, Record, new { kpiCode = code, on = "2025-01-31", value = 1.0, agencyCode = "NO-SUCH-AGENCY", source = "x" }, ErrorCodes.Validation, "input.agencyCode");
    }

    [Fact]
    public async Task RecordKpiMeasurement_ForUnknownKpi_ReturnsNotFoundAndWritesNothing()
    {
        await AssertRejectedAsync(admin, Record, new { kpiCode = "NO-SUCH-KPI", on = "2025-01-31", value = 1.0, source = "x" }, ErrorCodes.NotFound, "input.kpiCode");
    }

    private static string NewCode() => "TEST-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<string> DefineAsync(string unit)
    {
        var code = NewCode();
        await admin.DataAsync(Define, new { input = new { code, name = "Chỉ tiêu thử " + code, unit, direction = "HIGHER_IS_BETTER", kind = "INDICATOR" } });
        return code;
    }

    private async Task<JsonNode> AssertRejectedAsync(GraphQLClient client, string mutation, object input, string code, string? field)
    {
        var before = await CountRowsAsync();

        var errors = await client.ErrorsAsync(mutation, new { input });

        var error = GraphQLErrorAssert.Single(errors, code, field);
        Assert.Equal(before, await CountRowsAsync());
        return error;
    }

    private async Task<(int Kpis, int Targets, int Measurements, int AuditEntries)> CountRowsAsync()
    {
        await using var db = factory.Database.CreateContext();
        return (await db.Kpis.CountAsync(), await db.KpiTargets.CountAsync(), await db.KpiMeasurements.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<List<AuditEntry>> AuditEntriesAsync(string entityId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.AuditEntries.Where(e => e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync();
    }
}
