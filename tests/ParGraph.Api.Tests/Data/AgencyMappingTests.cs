using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Data;

public sealed class AgencyMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task GroupMembership_RoundTripsBothWays()
    {
        var group = NewAgency("GRP", AgencyKind.Group);
        var member = NewAgency("MEM", AgencyKind.Department);
        group.Members.Add(member);
        await using (var db = database.CreateContext())
        {
            db.Agencies.Add(group);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var loadedGroup = await read.Agencies.Include(a => a.Members).SingleAsync(a => a.Id == group.Id);
        var loadedMember = await read.Agencies.Include(a => a.Groups).SingleAsync(a => a.Id == member.Id);

        Assert.Equal(member.Code, Assert.Single(loadedGroup.Members).Code);
        Assert.Equal(group.Code, Assert.Single(loadedMember.Groups).Code);
    }

    [Fact]
    public async Task Aliases_RoundTripAsArray()
    {
        var agency = NewAgency("ALI", AgencyKind.Department);
        agency.Aliases = ["Sở Nội vụ", "SNV"];
        await using (var db = database.CreateContext())
        {
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var aliases = await read.Agencies.Where(a => a.Id == agency.Id).Select(a => a.Aliases).SingleAsync();

        Assert.Equal(["Sở Nội vụ", "SNV"], aliases);
    }

    [Fact]
    public async Task DuplicateCode_IsRejected()
    {
        var code = "DUP-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = database.CreateContext();
        db.Agencies.Add(new Agency { Code = code, Name = "One" });
        await db.SaveChangesAsync();

        await using var other = database.CreateContext();
        other.Agencies.Add(new Agency { Code = code, Name = "Two" });

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task SecondReportWithoutPlan_ForSameAgencyAndPeriod_IsRejected()
    {
        var agency = NewAgency("REP", AgencyKind.Department);
        var period = new ReportingPeriod
        {
            Year = 2000 + Random.Shared.Next(0, 5000),
            Kind = PeriodKind.Q1,
            Start = new DateOnly(2025, 1, 1),
            End = new DateOnly(2025, 3, 31),
            Due = new DateOnly(2025, 4, 5),
        };
        await using var db = database.CreateContext();
        db.Reports.Add(new Report { Agency = agency, Period = period, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();

        db.Reports.Add(new Report { AgencyId = agency.Id, PeriodId = period.Id, CreatedAt = DateTimeOffset.UtcNow });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static Agency NewAgency(string prefix, AgencyKind kind) =>
        new() { Code = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}", Name = prefix, Kind = kind };
}
