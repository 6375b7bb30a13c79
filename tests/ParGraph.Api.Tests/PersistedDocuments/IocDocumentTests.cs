using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.PersistedDocuments;

/// <summary>The IOC's documents (docs/queries/ioc) are valid against the schema and run by <c>documentId</c>.</summary>
public class IocDocumentTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    public static TheoryData<string> Documents() =>
        [.. Directory.GetFiles(Folder, "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    private static string Folder => Path.Combine(ParGraphHome.FindRepositoryRoot(AppContext.BaseDirectory), "docs", "queries", "ioc");

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_IsValidAgainstTheSchema(string name)
    {
        _ = factory.Server;
        var schema = factory.Services.GetRequiredService<ISchema>();
        var document = GraphQLParser.Parser.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, name + ".graphql")));

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema, Document = document, Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Variables = Inputs.Empty, Extensions = Inputs.Empty, RequestServices = factory.Services,
        });

        // Variable values come with each request; the document itself must be valid.
        Assert.Empty(result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message));
    }

    [Fact]
    public async Task TheOverview_RunsByDocumentId_AsTheIocDashboard()
    {
        using var http = factory.CreateClientWithToken(await factory.RequestClientTokenAsync("ioc-dashboard"));
        using var response = await http.PostAsJsonAsync("/graphql", new { documentId = "ioc-overview", variables = new { year = 2024 } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.True(body["data"]!["provinceOverview"]!["taskCount"]!.GetValue<int>() > 0);
    }
}
