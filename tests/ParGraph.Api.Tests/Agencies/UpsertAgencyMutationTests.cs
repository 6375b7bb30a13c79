using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Agencies;

public sealed class UpsertAgencyMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Upsert = """
        mutation($input: UpsertAgencyInput!) {
          upsertAgency(input: $input) {
            agency { id code name shortName kind aliases parent { code } validFrom validTo }
          }
        }
        """;

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task UpsertAgency_WithNewCode_CreatesTheAgency()
    {
        var code = NewCode();

        var data = await client.DataAsync(Upsert, new
        {
            input = new
            {
                code,
                name = "Trung tâm Thử nghiệm",
                shortName = "TT Thử nghiệm",
                kind = "PROVINCE_BODY",
                aliases = new[] { "Trung tâm thử nghiệm tỉnh", " " },
                parentCode = "STTTT",
                validFrom = "2025-07-01",
            },
        });

        var agency = data["upsertAgency"]!["agency"]!;
        Assert.Equal(code, (string?)agency["code"]);
        Assert.Equal("Trung tâm Thử nghiệm", (string?)agency["name"]);
        Assert.Equal("TT Thử nghiệm", (string?)agency["shortName"]);
        Assert.Equal("PROVINCE_BODY", (string?)agency["kind"]);
        Assert.Equal(["Trung tâm thử nghiệm tỉnh"], agency["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("STTTT", (string?)agency["parent"]!["code"]);
        Assert.Equal("2025-07-01", (string?)agency["validFrom"]);
        Assert.Null(agency["validTo"]);
        var read = await client.DataAsync("query($code: String!) { agencyByCode(code: $code) { id name } }", new { code });
        Assert.Equal((string?)agency["id"], (string?)read["agencyByCode"]!["id"]);
    }

    [Fact]
    public async Task UpsertAgency_WithNewCode_WritesOneAuditEntryWithoutBefore()
    {
        var code = NewCode();

        await client.DataAsync(Upsert, new { input = new { code, name = "Ban Thử nghiệm", kind = "DEPARTMENT" } });

        var entry = Assert.Single(await AuditEntriesAsync(code));
        Assert.Equal("upsertAgency", entry.Operation);
        Assert.Equal("Agency", entry.EntityType);
        Assert.Null(entry.Before);
        var after = JsonNode.Parse(entry.After!)!;
        Assert.Equal(code, (string?)after["code"]);
        Assert.Equal("Ban Thử nghiệm", (string?)after["name"]);
    }

    [Fact]
    public async Task UpsertAgency_WithExistingCode_UpdatesNameKindAliasesAndParent()
    {
        var code = NewCode();
        await client.DataAsync(Upsert, new
        {
            input = new { code, name = "Tên cũ", kind = "DEPARTMENT", aliases = new[] { "Bí danh cũ" }, parentCode = "SNV" },
        });

        var data = await client.DataAsync(Upsert, new
        {
            input = new { code, name = "Tên mới", kind = "VERTICAL", aliases = new[] { "Bí danh mới", "Bí danh mới" }, parentCode = "vpubnd" },
        });

        var agency = data["upsertAgency"]!["agency"]!;
        Assert.Equal("Tên mới", (string?)agency["name"]);
        Assert.Equal("VERTICAL", (string?)agency["kind"]);
        Assert.Equal(["Bí danh mới"], agency["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("VPUBND", (string?)agency["parent"]!["code"]);
        var read = await client.DataAsync("query($code: String!) { agencyByCode(code: $code) { name kind parent { code } } }", new { code });
        Assert.Equal("Tên mới", (string?)read["agencyByCode"]!["name"]);
        Assert.Equal("VPUBND", (string?)read["agencyByCode"]!["parent"]!["code"]);
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.Agencies.CountAsync(a => a.Code == code));
    }

    [Fact]
    public async Task UpsertAgency_WithExistingCode_WritesOneAuditEntryWithBeforeAndAfter()
    {
        var code = NewCode();
        await client.DataAsync(Upsert, new { input = new { code, name = "Trước", kind = "DEPARTMENT" } });

        await client.DataAsync(Upsert, new { input = new { code, name = "Sau", kind = "EXTERNAL" } });

        var entries = await AuditEntriesAsync(code);
        Assert.Equal(2, entries.Count);
        var update = entries[1];
        Assert.Equal("upsertAgency", update.Operation);
        Assert.Equal("Trước", (string?)JsonNode.Parse(update.Before!)!["name"]);
        Assert.Equal("Sau", (string?)JsonNode.Parse(update.After!)!["name"]);
    }

    [Fact]
    public async Task UpsertAgency_AuditEntry_NamesTheKindAsTheApiDoes()
    {
        var code = NewCode();
        await client.DataAsync(Upsert, new { input = new { code, name = "Kind before", kind = "DISTRICT" } });

        await client.DataAsync(Upsert, new { input = new { code, name = "Kind after", kind = "PROVINCE_BODY" } });

        var update = (await AuditEntriesAsync(code))[1];
        Assert.Equal("DISTRICT", (string?)JsonNode.Parse(update.Before!)!["kind"]);
        Assert.Equal("PROVINCE_BODY", (string?)JsonNode.Parse(update.After!)!["kind"]);
    }

    [Fact]
    public async Task UpsertAgency_WithLowerCaseCode_StoresItUpperCase()
    {
        var code = NewCode();

        var data = await client.DataAsync(Upsert, new { input = new { code = " " + code.ToLowerInvariant() + " ", name = "Chữ thường", kind = "COMMUNE" } });

        Assert.Equal(code, (string?)data["upsertAgency"]!["agency"]!["code"]);
        await using var db = factory.Database.CreateContext();
        Assert.True(await db.Agencies.AnyAsync(a => a.Code == code));
        Assert.False(await db.Agencies.AnyAsync(a => a.Code == code.ToLowerInvariant()));
    }

    [Fact]
    public async Task UpsertAgency_WithCodeOfSixtyFourCharacters_IsAccepted()
    {
        var code = NewCode().PadRight(64, 'X');

        var data = await client.DataAsync(Upsert, new { input = new { code, name = "Mã dài", kind = "EXTERNAL" } });

        Assert.Equal(code, (string?)data["upsertAgency"]!["agency"]!["code"]);
    }

    [Theory]
    [InlineData("sở nv")]
    [InlineData("A--B")]
    [InlineData("-AB")]
    [InlineData("AB-")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // 65
    public async Task UpsertAgency_WithInvalidCode_ReturnsValidationAndWritesNothing(string code)
    {
        await AssertRejectedAsync(new { code, name = "Không hợp lệ", kind = "DEPARTMENT" }, "input.code");
    }

    [Fact]
    public async Task UpsertAgency_WithUnknownParentCode_ReturnsValidationAndWritesNothing()
    {
        await AssertRejectedAsync(new { code = NewCode(), name = "Mồ côi", kind = "DEPARTMENT", parentCode = "NO-SUCH-PARENT" }, "input.parentCode");
    }

    [Fact]
    public async Task UpsertAgency_WithOwnCodeAsParent_ReturnsValidationAndWritesNothing()
    {
        var code = NewCode();

        await AssertRejectedAsync(new { code = code.ToLowerInvariant(), name = "Tự sinh", kind = "DEPARTMENT", parentCode = code }, "input.parentCode");
    }

    [Fact]
    public async Task UpsertAgency_WithValidToBeforeValidFrom_ReturnsValidationAndWritesNothing()
    {
        await AssertRejectedAsync(
            new { code = NewCode(), name = "Ngược thời gian", kind = "DEPARTMENT", validFrom = "2025-07-01", validTo = "2025-06-30" },
            "input.validTo");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task UpsertAgency_WithBlankName_ReturnsValidationAndWritesNothing(string name)
    {
        await AssertRejectedAsync(new { code = NewCode(), name, kind = "DEPARTMENT" }, "input.name");
    }

    [Fact]
    public async Task UpsertAgency_RejectedUpdate_LeavesTheAgencyAsItWas()
    {
        await client.DataAsync(Upsert, new { input = new { code = "STP", name = "Sở Tư pháp", kind = "DEPARTMENT" } });

        await AssertRejectedAsync(new { code = "STP", name = "Đổi tên", kind = "DEPARTMENT", parentCode = "NO-SUCH-PARENT" }, "input.parentCode");

        await using var db = factory.Database.CreateContext();
        Assert.Equal("Sở Tư pháp", (await db.Agencies.SingleAsync(a => a.Code == "STP")).Name);
    }

    private static string NewCode() => "TEST-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task AssertRejectedAsync(object input, string field)
    {
        var (agencies, audit) = await CountRowsAsync();

        var errors = await client.ErrorsAsync(Upsert, new { input });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, field);
        Assert.Equal((agencies, audit), await CountRowsAsync());
    }

    private async Task<(int Agencies, int AuditEntries)> CountRowsAsync()
    {
        await using var db = factory.Database.CreateContext();
        return (await db.Agencies.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<List<AuditEntry>> AuditEntriesAsync(string code)
    {
        await using var db = factory.Database.CreateContext();
        return await db.AuditEntries.Where(e => e.EntityId == code).OrderBy(e => e.Id).ToListAsync();
    }
}
