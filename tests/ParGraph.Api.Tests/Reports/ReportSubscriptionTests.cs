using ParGraph.Api.Tests.Infrastructure;
using static ParGraph.Api.Tests.Reports.ReportTestPlan;

namespace ParGraph.Api.Tests.Reports;

/// <summary><c>reportChanged</c>: a draft's changes reach only its agency and the PAR office; a submitted report reaches everyone.</summary>
public sealed class ReportSubscriptionTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Subscription = """subscription { reportChanged(agencyCode: "SNV") { kind reportId agencyCode report { status } } }""";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DraftChanges_ReachTheAgencyAndTheOfficeOnly_TheSubmissionReachesEveryone()
    {
        var plan = await CreateAsync(factory);
        await using var stttt = await InProcessSubscription.StartAsync(factory.Services, Subscription, "agency:STTTT:editor");
        await using var snvViewer = await InProcessSubscription.StartAsync(factory.Services, Subscription, "agency:SNV:viewer");
        await using var office = await InProcessSubscription.StartAsync(factory.Services, Subscription, "par-admin");
        var snv = new GraphQLClient(factory, "snv.editor");

        var id = (string)(await plan.OpenAsync(snv))["id"]!;
        await snv.DataAsync(Submit, new { input = new { reportId = id } });

        foreach (var insider in new[] { snvViewer, office })
        {
            var opened = (await insider.NextAsync(Patience))?["data"]?["reportChanged"];
            // `report` is read when the event is handled: by then it may already be submitted.
            Assert.Equal(("OPENED", id, "SNV"), ((string?)opened?["kind"], (string?)opened?["reportId"], (string?)opened?["agencyCode"]));
            Assert.NotNull(opened?["report"]);
            Assert.Equal("SUBMITTED", (string?)(await insider.NextAsync(Patience))?["data"]?["reportChanged"]?["kind"]);
        }

        var seenByOutsider = (await stttt.NextAsync(Patience))?["data"]?["reportChanged"];
        Assert.Equal(("SUBMITTED", id, "SUBMITTED"), ((string?)seenByOutsider?["kind"], (string?)seenByOutsider?["reportId"], (string?)seenByOutsider?["report"]?["status"]));
        Assert.Null(await stttt.NextAsync(TimeSpan.FromMilliseconds(300)));
    }
}
