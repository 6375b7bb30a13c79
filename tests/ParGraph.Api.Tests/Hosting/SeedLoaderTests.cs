using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Hosting;

/// <summary>The seeds were loaded when the factory started the app; these tests run the loader again.</summary>
public sealed class SeedLoaderTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task LoadAsync_OnSeededDatabase_AddsNothing()
    {
        var before = await CountRowsAsync();

        var result = await LoadSeedsAsync();

        Assert.Empty(result.Agencies);
        Assert.Empty(result.Plans);
        Assert.Empty(result.Kpis);
        Assert.Empty(result.KpiMeasurements);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task LoadAsync_WithAnotherPlanOfTheSameNumber_StillLinksTheSeedParent()
    {
        await using (var db = factory.Database.CreateContext())
        {
            db.Plans.Add(new ParGraph.Api.Plans.Plan { Title = "Bản sao", DocumentNumber = "4831/QĐ-UBND", SourceFile = "copy-of-4831.txt" });
            await db.SaveChangesAsync();
        }

        var result = await LoadSeedsAsync();

        Assert.Empty(result.Plans);
        await using var check = factory.Database.CreateContext();
        var annual = await check.Plans.Include(p => p.Parent).SingleAsync(p => p.DocumentNumber == "3049/QĐ-UBND");
        Assert.Equal("003_318e7c6b4c743f32.txt", annual.Parent!.SourceFile);
    }

    [Fact]
    public async Task LoadAsync_AfterUpsertAgency_KeepsTheEditedAgency()
    {
        await client.DataAsync(
            """
            mutation { upsertAgency(input: {
              code: "STC", name: "Sở Tài chính (đã sửa)", kind: PROVINCE_BODY, aliases: ["Tài chính"] }) { agency { code } } }
            """);

        await LoadSeedsAsync();

        var data = await client.DataAsync("{ agencyByCode(code: \"STC\") { name kind aliases } }");
        Assert.Equal("Sở Tài chính (đã sửa)", (string?)data["agencyByCode"]!["name"]);
        Assert.Equal("PROVINCE_BODY", (string?)data["agencyByCode"]!["kind"]);
        Assert.Equal(["Tài chính"], data["agencyByCode"]!["aliases"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public async Task Seeds_AnnualPlan2024_HasTheProgrammeAsParent()
    {
        await using var db = factory.Database.CreateContext();

        var plan = await db.Plans.Include(p => p.Parent).SingleAsync(p => p.DocumentNumber == "3049/QĐ-UBND");

        Assert.Equal("4831/QĐ-UBND", plan.Parent?.DocumentNumber);
    }

    [Fact]
    public async Task Seeds_EveryAgencyOfTheRegistry_IsLoadedWithItsGroups()
    {
        var records = factory.Services.GetRequiredService<SeedCatalog>().ReadAgencies();
        await using var db = factory.Database.CreateContext();

        var loaded = await db.Agencies.Include(a => a.Groups).Include(a => a.Parent).ToDictionaryAsync(a => a.Code);

        Assert.All(records, r =>
        {
            Assert.True(loaded.ContainsKey(r.Code), $"{r.Code} is missing");
            Assert.Equal(r.ParentCode, loaded[r.Code].Parent?.Code);
            Assert.Equal(r.GroupCodes.Order(StringComparer.Ordinal), loaded[r.Code].Groups.Select(g => g.Code).Order(StringComparer.Ordinal));
        });
    }

    private async Task<SeedResult> LoadSeedsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None);
    }

    private async Task<(int Agencies, int Plans, int Kpis, int KpiMeasurements, int Memberships, int AuditEntries)> CountRowsAsync()
    {
        await using var db = factory.Database.CreateContext();
        return (
            await db.Agencies.CountAsync(),
            await db.Plans.CountAsync(),
            await db.Kpis.CountAsync(),
            await db.KpiMeasurements.CountAsync(),
            await db.Agencies.SelectMany(a => a.Members).CountAsync(),
            await db.AuditEntries.CountAsync());
    }
}
