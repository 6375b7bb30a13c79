using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;
using ParGraph.Server.Transport;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class PersistedDocumentTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    private string Persist(string document) =>
        Server.Services.GetRequiredService<InMemoryPersistedDocumentStore>().Add(document);

    [Fact]
    public async Task Post_WithKnownDocumentId_RunsTheDocument()
    {
        var id = Persist("query Greet($n: String) { hello(name: $n) }");

        var response = await Server.PostAsync($$$"""{"documentId":"{{{id}}}","variables":{"n":"IOC"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, IOC!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_WithPersistedQueryExtension_RunsTheDocument()
    {
        var id = Persist("{ agencyName }");
        var hash = id["sha256:".Length..];
        var extensions = Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""");

        var response = await Server.GetAsync($"?extensions={extensions}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(TestSchema.AgencyName, response.Data.GetProperty("agencyName").GetString());
    }

    [Fact]
    public async Task Post_WithUnknownDocumentId_AnswersClearError()
    {
        var unknown = "sha256:" + new string('0', 64);

        var response = await Server.PostAsync($$"""{"documentId":"{{unknown}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(ErrorCodes.Validation, response.FirstErrorCode);
        Assert.StartsWith("PERSISTED_QUERY_NOT_FOUND", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_WithMalformedSha256Id_AnswersValidationError()
    {
        var response = await Server.PostAsync("""{"documentId":"sha256:XYZ"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ErrorCodes.Validation, response.FirstErrorCode);
    }
}
