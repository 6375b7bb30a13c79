using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Agencies;

/// <summary>Every input of <c>mergeAgencies</c> is checked before anything is written.</summary>
public sealed class MergeAgenciesValidationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory);

    public enum Case
    {
        UnknownFrom, UnknownInto, FromContainsInto, Duplicate, EmptyFrom, BlankCode, GroupInFrom, GroupAsInto,
        AlreadyDissolved, IntoDissolved, BeforeTheAgencyBegan, BeforeTheSuccessorBegan, TooEarly, TooFarAhead,
    }

    [Theory]
    [InlineData(Case.UnknownFrom, "input.from")]
    [InlineData(Case.UnknownInto, "input.into")]
    [InlineData(Case.FromContainsInto, "input.from")]
    [InlineData(Case.Duplicate, "input.from")]
    [InlineData(Case.EmptyFrom, "input.from")]
    [InlineData(Case.BlankCode, "input.from")]
    [InlineData(Case.GroupInFrom, "input.from")]
    [InlineData(Case.GroupAsInto, "input.into")]
    [InlineData(Case.AlreadyDissolved, "input.from")]
    [InlineData(Case.IntoDissolved, "input.into")]
    [InlineData(Case.BeforeTheAgencyBegan, "input.on")]
    [InlineData(Case.BeforeTheSuccessorBegan, "input.on")]
    [InlineData(Case.TooEarly, "input.on")]
    [InlineData(Case.TooFarAhead, "input.on")]
    public async Task MergeAgencies_WithInvalidInput_ReturnsValidationWithTheFieldAndWritesNothing(Case @case, string field)
    {
        var a = await MergeAgencyData.AgencyAsync(factory, validFrom: new DateOnly(2020, 1, 1), groups: ["ALL-DISTRICTS"]);
        var c = await MergeAgencyData.AgencyAsync(factory, validFrom: @case == Case.BeforeTheSuccessorBegan ? new DateOnly(2025, 8, 1) : null);
        await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], ["SNV"]);
        if (@case is Case.AlreadyDissolved or Case.IntoDissolved)
        {
            var other = await MergeAgencyData.AgencyAsync(factory);
            var dissolved = @case == Case.AlreadyDissolved ? a.Code : c.Code;
            await client.DataAsync(MergeAgenciesMutationTests.Merge, new { input = new { from = new[] { dissolved }, into = other.Code, on = "2024-01-01" } });
        }

        var input = @case switch
        {
            Case.UnknownFrom => Input([a.Code, "NO-SUCH-AGENCY"], c.Code),
            Case.UnknownInto => Input([a.Code], "NO-SUCH-AGENCY"),
            Case.FromContainsInto => Input([a.Code, c.Code.ToLowerInvariant()], c.Code),
            Case.Duplicate => Input([a.Code, " " + a.Code.ToLowerInvariant()], c.Code),
            Case.EmptyFrom => Input([], c.Code),
            Case.BlankCode => Input([a.Code, " "], c.Code),
            Case.GroupInFrom => Input([a.Code, "ALL-DISTRICTS"], c.Code),
            Case.GroupAsInto => Input([a.Code], "ALL-DISTRICTS"),
            Case.BeforeTheAgencyBegan => Input([a.Code], c.Code, "2020-01-01"),
            Case.TooEarly => Input([a.Code], c.Code, "1999-12-31"),
            Case.TooFarAhead => Input([a.Code], c.Code, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).AddDays(2).ToString("yyyy-MM-dd")),
            _ => Input([a.Code], c.Code),
        };
        var rows = await MergeAgencyData.CountRowsAsync(factory);

        var errors = await client.ErrorsAsync(MergeAgenciesMutationTests.Merge, new { input });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, field);
        Assert.Equal(rows, await MergeAgencyData.CountRowsAsync(factory));
    }

    [Fact]
    public async Task MergeAgencies_ByAnAgencyEditor_IsForbiddenAndWritesNothing()
    {
        var (a, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var rows = await MergeAgencyData.CountRowsAsync(factory);

        var errors = await new GraphQLClient(factory, "snv.editor").ErrorsAsync(MergeAgenciesMutationTests.Merge, new { input = Input([a.Code], c.Code) });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Forbidden);
        Assert.Equal(rows, await MergeAgencyData.CountRowsAsync(factory));
    }

    [Fact]
    public async Task MergeAgencies_TwiceAtOnce_OneWinsAndTheOtherWritesNothing()
    {
        var (a, b, c) = (await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory), await MergeAgencyData.AgencyAsync(factory));
        var task = await MergeAgencyData.TaskAsync(factory, TaskStatus.InProgress, [a.Code], []);

        var answers = await Task.WhenAll(
            client.PostAsync(MergeAgenciesMutationTests.Merge, new { input = Input([a.Code], b.Code) }),
            new GraphQLClient(factory).PostAsync(MergeAgenciesMutationTests.Merge, new { input = Input([a.Code], c.Code) }));

        var failed = Assert.Single(answers, r => r["errors"] is not null);
        Assert.Contains((string?)failed["errors"]![0]!["extensions"]!["code"], new[] { ErrorCodes.Conflict, ErrorCodes.Validation });
        var (lead, _) = await MergeAgencyData.AssignedAsync(factory, task);
        Assert.Contains(lead, new[] { b.Code, c.Code });
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Operation == "mergeAgencies" && e.EntityId == a.Code));
        Assert.Equal(1, await db.TaskUpdates.CountAsync(u => u.TaskId == task.Id));
    }

    private static object Input(string[] from, string into, string on = "2025-07-01") => new { from, into, on };
}
