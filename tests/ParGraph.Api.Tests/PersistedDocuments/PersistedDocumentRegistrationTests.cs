using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Transport;

namespace ParGraph.Api.Tests.PersistedDocuments;

/// <summary><c>registerPersistedDocument</c>: validated against the schema, stored, audited, then served by id and name.</summary>
public class PersistedDocumentRegistrationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Register = """
        mutation($document: String!, $name: String) {
          registerPersistedDocument(input: { document: $document, name: $name }) {
            persistedDocument { documentId name document registeredBy }
          }
        }
        """;

    private readonly GraphQLClient admin = new(factory);

    [Fact]
    public async Task Registered_RunsByHashAndByName_ForOtherUsers()
    {
        const string document = "query AgencyName($code: String!) { agencyByCode(code: $code) { name } }";

        var data = await admin.DataAsync(Register, new { document, name = "agency-name" });

        var registered = data["registerPersistedDocument"]!["persistedDocument"]!;
        Assert.Equal("sha256:" + InMemoryPersistedDocumentStore.ComputeSha256(document), (string?)registered["documentId"]);
        Assert.Equal("admin", (string?)registered["registeredBy"]);
        using var http = factory.CreateClientFor("ioc.viewer");
        foreach (var id in new[] { (string)registered["documentId"]!, "agency-name" })
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { documentId = id, variables = new { code = "SNV" } });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("Sở Nội vụ", (string?)body["data"]?["agencyByCode"]?["name"]);
        }
    }

    [Fact]
    public async Task SameTextTwice_ChangesNothing_AndIsAuditedOnce()
    {
        const string document = "{ plans(first: 1) { totalCount } }";

        var first = await admin.DataAsync(Register, new { document });
        var second = await admin.DataAsync(Register, new { document });

        var id = (string?)first["registerPersistedDocument"]!["persistedDocument"]!["documentId"];
        Assert.Equal(id, (string?)second["registerPersistedDocument"]!["persistedDocument"]!["documentId"]);
        var audit = await admin.DataAsync("{ auditLog(first: 100) { nodes { operation entityId after } } }");
        var entries = audit["auditLog"]!["nodes"]!.AsArray().Where(e => (string?)e!["entityId"] == id).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal("registerPersistedDocument", (string?)entry!["operation"]);
        Assert.Contains("plans(first: 1)", (string?)entry["after"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ tasks { ", "not valid GraphQL")]
    [InlineData("{ noSuchField }", "does not validate against the schema")]
    [InlineData("fragment F on Agency { code }", "no operation")]
    [InlineData("   ", "must not be empty")]
    public async Task BadDocument_IsRefusedWithTheReason(string document, string reason)
    {
        var errors = await admin.ErrorsAsync(Register, new { document });

        var error = GraphQLErrorAssert.Single(errors, "VALIDATION");
        Assert.Contains(reason, (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal("input.document", (string?)error["extensions"]!["field"]);
    }

    [Theory]
    [InlineData("Has Spaces")]
    [InlineData("sha256:abc")]
    public async Task BadName_IsRefused(string name)
    {
        var errors = await admin.ErrorsAsync(Register, new { document = "{ me { username } }", name });

        Assert.Equal("input.name", (string?)GraphQLErrorAssert.Single(errors, "VALIDATION")["extensions"]!["field"]);
    }

    [Theory]
    [InlineData("taken-name")]
    [InlineData("tasks-by-area-and-timeliness")] // a file of schema/persisted
    public async Task NameOfAnotherDocument_IsAConflict(string name)
    {
        await admin.DataAsync(Register, new { document = "{ me { roles } }", name = "taken-name" });

        var errors = await admin.ErrorsAsync(Register, new { document = "{ me { isParAdmin } }", name });

        Assert.Contains(name, (string?)GraphQLErrorAssert.Single(errors, "CONFLICT")["message"], StringComparison.Ordinal);
        var list = await admin.DataAsync("{ persistedDocuments(first: 100) { nodes { document } } }");
        Assert.DoesNotContain(list["persistedDocuments"]!["nodes"]!.AsArray(), d => (string?)d!["document"] == "{ me { isParAdmin } }");
    }

    [Fact]
    public async Task PersistedDocuments_ListsRegisteredDocuments_NewestFirst()
    {
        await admin.DataAsync(Register, new { document = "{ me { username roles } }", name = "listed-first" });
        await admin.DataAsync(Register, new { document = "{ me { roles username } }", name = "listed-second" });

        var data = await admin.DataAsync("{ persistedDocuments(first: 100) { nodes { name } } }");

        var names = data["persistedDocuments"]!["nodes"]!.AsArray().Select(n => (string?)n!["name"]).ToList();
        Assert.True(names.IndexOf("listed-second") < names.IndexOf("listed-first"), string.Join(", ", names));
    }
}
