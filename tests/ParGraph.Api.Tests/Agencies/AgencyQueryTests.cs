using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using ParGraph.Server.Schema;
using Snapshooter.Xunit;

namespace ParGraph.Api.Tests.Agencies;

/// <summary>Reads the seeded agency registry; this class changes nothing.</summary>
public sealed class AgencyQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private static readonly string[] Districts =
    [
        "UBND-CAMLAM", "UBND-CAMRANH", "UBND-DIENKHANH", "UBND-KHANHSON", "UBND-KHANHVINH",
        "UBND-NHATRANG", "UBND-NINHHOA", "UBND-TRUONGSA", "UBND-VANNINH",
    ];

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task Agencies_FirstPage_ListsDepartmentsAndDistricts()
    {
        var data = await client.DataAsync("{ agencies(first: 100) { totalCount nodes { code name kind } } }");

        var nodes = data["agencies"]!["nodes"]!.AsArray();
        var kinds = nodes.ToDictionary(n => (string)n!["code"]!, n => (string)n!["kind"]!);
        foreach (var code in new[] { "SNV", "VPUBND", "STTTT", "SKHDT", "STC", "STP" })
        {
            Assert.True(kinds.ContainsKey(code), $"{code} is missing");
        }

        Assert.Equal("DEPARTMENT", kinds["SNV"]);
        Assert.Equal(Districts, kinds.Where(k => k.Value == "DISTRICT").Select(k => k.Key));
        var seeded = factory.Services.GetRequiredService<SeedCatalog>().ReadAgencies().Count;
        Assert.Equal(seeded, (int)data["agencies"]!["totalCount"]!);
        Assert.Equal(seeded, nodes.Count);
    }

    [Fact]
    public async Task Agencies_FirstPage_IsOrderedByCode()
    {
        var data = await client.DataAsync("{ agencies(first: 100) { nodes { code } } }");

        var codes = data["agencies"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public async Task Agencies_HttpBody_HasVietnameseUnescaped()
    {
        var body = await client.RawAsync("{ agencies(first: 100) { nodes { name } } }");

        Assert.Contains("Sở Nội vụ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("snv")]
    [InlineData(" SnV ")]
    public async Task AgencyByCode_AnyCase_FindsTheAgency(string code)
    {
        var data = await client.DataAsync(
            "query($code: String!) { agencyByCode(code: $code) { code name kind } }", new { code });

        Assert.Equal("SNV", (string?)data["agencyByCode"]!["code"]);
        Assert.Equal("Sở Nội vụ", (string?)data["agencyByCode"]!["name"]);
    }

    [Fact]
    public async Task AgencyByCode_Unknown_ReturnsNull()
    {
        var data = await client.DataAsync("{ agencyByCode(code: \"NO-SUCH-AGENCY\") { code } }");

        Assert.Null(data["agencyByCode"]);
    }

    [Fact]
    public async Task Members_OfAllDistricts_AreTheNineDistrictsByCode()
    {
        var data = await client.DataAsync("{ agencyByCode(code: \"ALL-DISTRICTS\") { kind members { code kind } } }");

        var group = data["agencyByCode"]!;
        Assert.Equal("GROUP", (string?)group["kind"]);
        var members = group["members"]!.AsArray();
        Assert.Equal(Districts, members.Select(m => (string)m!["code"]!));
        Assert.All(members, m => Assert.Equal("DISTRICT", (string?)m!["kind"]));
    }

    [Fact]
    public async Task Members_OfAnAgencyThatIsNoGroup_AreEmpty()
    {
        var data = await client.DataAsync("{ agencyByCode(code: \"SNV\") { members { code } } }");

        Assert.Empty(data["agencyByCode"]!["members"]!.AsArray());
    }

    [Fact]
    public async Task Node_WithAgencyId_ReturnsTheAgency()
    {
        var id = await IdOfAsync("STTTT");

        var data = await client.DataAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Agency { code } } }", new { id });

        Assert.Equal("Agency", (string?)data["node"]!["__typename"]);
        Assert.Equal(id, (string?)data["node"]!["id"]);
        Assert.Equal("STTTT", (string?)data["node"]!["code"]);
    }

    [Fact]
    public async Task Nodes_WithAgencyIds_ReturnsThemInTheGivenOrder()
    {
        string[] ids = [await IdOfAsync("STP"), await IdOfAsync("SNV"), await IdOfAsync("UBND-NHATRANG")];

        var data = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Agency { code } } }", new { ids });

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(ids, nodes.Select(n => (string)n!["id"]!));
        Assert.Equal(["STP", "SNV", "UBND-NHATRANG"], nodes.Select(n => (string)n!["code"]!));
    }

    [Fact]
    public async Task Nodes_MoreIdsThanAPageHolds_ReturnsValidationNamingTheLimit()
    {
        var ids = Enumerable.Range(1, 101).Select(i => GlobalId.Encode("Agency", i)).ToArray();

        var errors = await client.ErrorsAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var error = GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "ids");
        Assert.Contains("at most 100", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_WithUnknownAgencyNumber_ReturnsNull()
    {
        var data = await client.DataAsync(
            "query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Agency", int.MaxValue) });

        Assert.Null(data["node"]);
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("QWdlbmN5")] // "Agency" without a key
    [InlineData("Tm9TdWNoVHlwZToy")] // "NoSuchType:2"
    [InlineData("QWdlbmN5OmFiYw")] // "Agency:abc"
    public async Task Node_WithMalformedId_ReturnsValidationError(string id)
    {
        var errors = await client.ErrorsAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "id");
    }

    [Fact]
    public async Task Agencies_Registry_MatchesSnapshot()
    {
        var data = await client.DataAsync(
            "{ agencies(first: 100) { nodes { code name shortName kind parent { code } } } }");

        Snapshot.Match(data.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private async Task<string> IdOfAsync(string code)
    {
        var data = await client.DataAsync("query($code: String!) { agencyByCode(code: $code) { id } }", new { code });
        return (string)data["agencyByCode"]!["id"]!;
    }
}
