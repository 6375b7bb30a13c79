using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Boots the real <c>Program</c> against this class's own database (a class fixture). Tokens from
/// <see cref="TestTokens"/> are accepted (the API needs one for every GraphQL request).
/// </summary>
public sealed class ParGraphApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    /// <summary>Counts every SQL command the app sends to this class's database.</summary>
    public SqlStatementCounter SqlStatements { get; } = new();

    public Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A client that sends <c>Authorization: Bearer {bearerToken}</c> with every request.</summary>
    public HttpClient CreateClientWithToken(string bearerToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    /// <summary>A client signed in as a demo user of DESIGN §8 (e.g. <c>analyst</c>, <c>snv.editor</c>).</summary>
    public HttpClient CreateClientFor(string username) => CreateClientWithToken(TestTokens.For(username));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting(
                $"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}",
                Database.ConnectionString)
            .ConfigureServices(services => services
                .AddSingleton<IInterceptor>(SqlStatements)
                .AddSingleton(TestTokens.SigningSource));
}
