using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Api.Audit;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Audit;

/// <summary>The retention job moves old entries to <c>audit_archive</c>; nothing is ever deleted.</summary>
public sealed class AuditRetentionTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Log = """
        query($archived: Boolean!, $ids: [String]) { auditLog(archived: $archived, where: { entityId: { in: $ids } }) { nodes { entityId requestId after } } }
        """;

    [Fact]
    public async Task Archive_MovesEntriesOlderThanTheRetention_KeepsTheRest()
    {
        var (old, recent) = (await AddEntriesAsync(40, 3), await AddEntriesAsync(10, 1));
        var archiver = factory.Services.GetRequiredService<AuditArchiver>();

        var moved = await archiver.ArchiveOlderThanAsync(30, CancellationToken.None);

        Assert.True(moved >= old.Count);
        await using var db = factory.Database.CreateContext();
        var ids = old.Select(e => e.Id).ToList();
        Assert.False(await db.AuditEntries.AnyAsync(e => ids.Contains(e.Id)));
        var archived = await db.AuditArchive.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(old.Select(e => (e.Id, e.EntityId, e.After, e.RequestId)), archived.Select(e => (e.Id, e.EntityId, e.After, e.RequestId)));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Id == recent[0].Id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Operation == AuditArchiver.Operation));
    }

    [Fact]
    public async Task AuditLog_Archived_ReadsTheArchiveWithTheSameFilters()
    {
        var old = await AddEntriesAsync(400, 2);
        await factory.Services.GetRequiredService<AuditArchiver>().ArchiveOlderThanAsync(365, CancellationToken.None);
        var client = new GraphQLClient(factory);
        var ids = old.Select(e => e.EntityId).ToArray();

        var archive = (await client.DataAsync(Log, new { archived = true, ids }))["auditLog"]!["nodes"]!.AsArray();
        var live = (await client.DataAsync(Log, new { archived = false, ids }))["auditLog"]!["nodes"]!.AsArray();

        Assert.Equal(ids.AsEnumerable().Reverse(), archive.Select(n => (string)n!["entityId"]!)); // newest first
        Assert.Equal(old[0].RequestId, (string?)archive[1]!["requestId"]);
        Assert.Empty(live);
    }

    [Fact]
    public async Task RetentionJob_AtStartUp_ArchivesWhatTheSettingSays()
    {
        var old = await AddEntriesAsync(100, 2);
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Audit:RetentionDays", "90"));
        _ = configured.Services; // starts the host, and with it the job

        var ids = old.Select(e => e.Id).ToList();
        await using var db = factory.Database.CreateContext();
        for (var i = 0; i < 100 && await db.AuditArchive.CountAsync(e => ids.Contains(e.Id)) < ids.Count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(ids.Count, await db.AuditArchive.CountAsync(e => ids.Contains(e.Id)));
        Assert.False(await db.AuditEntries.AnyAsync(e => ids.Contains(e.Id)));
    }

    [Theory]
    [InlineData("Audit:RetentionDays", "-1")]
    [InlineData("Audit:ArchiveInterval", "00:00:01")]
    public void AuditOptions_WithAnInvalidSetting_FailValidation(string key, string value)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build())
            .AddAudit();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuditOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private async Task<List<AuditEntry>> AddEntriesAsync(int daysAgo, int count)
    {
        await using var db = factory.Database.CreateContext();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var entries = Enumerable.Range(1, count).Select(i => new AuditEntry
        {
            At = DateTimeOffset.UtcNow.AddDays(-daysAgo).AddMinutes(i), Operation = "test", EntityType = "Test",
            EntityId = $"{tag}-{i}", After = $$"""{"n": {{i}}}""", RequestId = $"req-{tag}-{i}", Username = "tester",
        }).ToList();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
        return entries;
    }
}
