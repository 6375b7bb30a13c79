using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>
/// <c>importDocument</c> on the thematic plan (002, 40 tasks) under file names of the tests' own, so
/// each test has a plan of its own: idempotent, corrections applied, API edits kept, dry runs harmless.
/// </summary>
public class ImportDocumentMutationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Mutation = """
        mutation($input: ImportDocumentInput!) { importDocument(input: $input) { report {
          layout dryRun sameAsLastImport sections tasksCreated tasksUpdated tasksUnchanged tasksNoLongerInDocument
          plan { id sourceFile } warnings { line message } unresolvedAgencies { name } conflicts { field taskNumber documentValue currentValue } } } }
        """;

    private const string OriginalTitle = "Cắt giảm, đơn giản hóa thủ tục hành chính nội bộ trong tỉnh";

    private const string CorrectedTitle = "Cắt giảm, đơn giản hóa thủ tục hành chính nội bộ của tỉnh";

    private static readonly string Thematic = TestSeeds.ReadDocument("002_");

    private readonly GraphQLClient admin = new(factory, "admin");

    private Task<JsonNode> ImportAsync(string fileName, string text, bool dryRun = false) =>
        admin.DataAsync(Mutation, new { input = new { fileName, text, dryRun } }).ContinueWith(t => t.Result["importDocument"]!["report"]!);

    [Fact]
    public async Task ImportDocument_NewDocument_CreatesEveryTaskAndAnAuditEntry()
    {
        var report = await ImportAsync("test-new.txt", Thematic);

        Assert.Equal("ThematicPlanTable", report["layout"]!.GetValue<string>());
        Assert.Equal(4, report["sections"]!.GetValue<int>());
        Assert.Equal(40, report["tasksCreated"]!.GetValue<int>());
        Assert.Equal("test-new.txt", report["plan"]!["sourceFile"]!.GetValue<string>());
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Operation == "importDocument" && a.EntityId == "test-new.txt"));
    }

    [Fact]
    public async Task ImportDocument_SameTextAgain_ChangesNothing()
    {
        await ImportAsync("test-again.txt", Thematic);
        await using var db = factory.Database.CreateContext();
        var versions = await db.Tasks.Where(t => t.Plan!.SourceFile == "test-again.txt").Select(t => t.Version).ToListAsync();

        var again = await ImportAsync("test-again.txt", Thematic);

        Assert.True(again["sameAsLastImport"]!.GetValue<bool>());
        Assert.Equal(versions, await db.Tasks.Where(t => t.Plan!.SourceFile == "test-again.txt").Select(t => t.Version).ToListAsync());
    }

    [Fact]
    public async Task ImportDocument_CorrectedText_UpdatesOnlyTheChangedTask()
    {
        Assert.Contains(OriginalTitle, Thematic, StringComparison.Ordinal);
        await ImportAsync("test-corrected.txt", Thematic);

        var report = await ImportAsync("test-corrected.txt", ReplaceOnce(Thematic, OriginalTitle, CorrectedTitle));

        Assert.Equal(1, report["tasksUpdated"]!.GetValue<int>());
        Assert.Equal(39, report["tasksUnchanged"]!.GetValue<int>());
        Assert.Equal(0, report["tasksCreated"]!.GetValue<int>());
        Assert.Empty(report["conflicts"]!.AsArray());
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.Tasks.CountAsync(t => t.Plan!.SourceFile == "test-corrected.txt" && t.Title!.StartsWith(CorrectedTitle)));
    }

    [Fact]
    public async Task ImportDocument_FieldEditedThroughTheApi_IsKeptAndReported()
    {
        await ImportAsync("test-edited.txt", Thematic);
        await using (var db = factory.Database.CreateContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Plan!.SourceFile == "test-edited.txt" && t.Title!.StartsWith(OriginalTitle));
            task.Title = "Tiêu đề do Sở Nội vụ sửa";
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync("test-edited.txt", ReplaceOnce(Thematic, OriginalTitle, CorrectedTitle));

        var conflict = Assert.Single(report["conflicts"]!.AsArray())!;
        Assert.Equal("title", conflict["field"]!.GetValue<string>());
        Assert.Equal("Tiêu đề do Sở Nội vụ sửa", conflict["currentValue"]!.GetValue<string>());
        await using var check = factory.Database.CreateContext();
        Assert.True(await check.Tasks.AnyAsync(t => t.Plan!.SourceFile == "test-edited.txt" && t.Title == "Tiêu đề do Sở Nội vụ sửa"));
    }

    [Fact]
    public async Task ImportDocument_DryRun_ReportsButWritesNothing()
    {
        var report = await ImportAsync("test-dry.txt", Thematic, dryRun: true);

        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.Equal(40, report["tasksCreated"]!.GetValue<int>());
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Plans.AnyAsync(p => p.SourceFile == "test-dry.txt"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityId == "test-dry.txt"));
    }

    [Fact]
    public async Task ImportDocument_TextOfNoKnownLayout_ReturnsValidation()
    {
        var response = await admin.PostAsync(Mutation, new { input = new { fileName = "note.txt", text = "Kính gửi các cơ quan.\nTrân trọng." } });

        GraphQLErrorAssert.Single(response["errors"]!.AsArray(), "VALIDATION", "input.text");
    }

    private static string ReplaceOnce(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
