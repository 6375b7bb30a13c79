using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Reports;

/// <summary>The <c>reports</c> list obeys the row rule in its pages and its totalCount.</summary>
public sealed class ReportQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string List = """
        { reports(where: { period: { year: { eq: 2030 }, kind: { eq: H1 } } }, order: [{ agency: { code: ASC } }]) {
            totalCount nodes { id status agency { code } period { year kind } plan { id } } } }
        """;

    [Fact]
    public async Task Reports_OfOneYear_ShowOtherAgenciesOnlyTheirSubmittedReports()
    {
        var plan = await ReportTestPlan.CreateAsync(factory);
        await plan.SubmittedAsync(new GraphQLClient(factory, "snv.editor"), year: 2030, period: "H1");
        await plan.OpenAsync(new GraphQLClient(factory, "stttt.editor"), year: 2030, period: "H1", agencyCode: "STTTT");

        var analyst = await ReadAsync("analyst");
        var stttt = await ReadAsync("stttt.editor");
        var admin = await ReadAsync("admin");

        Assert.Equal([("SNV", "SUBMITTED")], analyst);
        Assert.Equal([("SNV", "SUBMITTED"), ("STTTT", "DRAFT")], stttt);
        Assert.Equal(stttt, admin);
    }

    private async Task<List<(string?, string?)>> ReadAsync(string user)
    {
        var reports = (await new GraphQLClient(factory, user).DataAsync(List))["reports"]!;
        var nodes = reports["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, (int)reports["totalCount"]!);
        return [.. nodes.Select(n => ((string?)n!["agency"]!["code"], (string?)n["status"]))];
    }
}
