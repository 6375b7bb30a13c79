using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Boots the real <c>Program</c> against this class's own database (a class fixture). Clients sign in
/// with real tokens from the development identity provider (<see cref="CreateClientFor"/>); tokens minted
/// by <see cref="TestTokens"/> are accepted too, for the edge cases a provider never issues.
/// </summary>
public sealed class ParGraphApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    /// <summary>This class's own <c>PARGRAPH_HOME</c> (e.g. the dev identity key), never the repository's <c>.pargraph</c>.</summary>
    public string Home { get; } = Path.Combine(Path.GetTempPath(), $"pargraph-test-home-{Guid.NewGuid():N}");

    /// <summary>Counts every SQL command the app sends to this class's database.</summary>
    public SqlStatementCounter SqlStatements { get; } = new();

    /// <summary>Counts the connections the app holds open at once on this class's database.</summary>
    public OpenConnectionCounter OpenConnections { get; } = new();

    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.Ordinal);

    public Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }

    /// <summary>A client that sends <c>Authorization: Bearer {bearerToken}</c> with every request.</summary>
    public HttpClient CreateClientWithToken(string bearerToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    /// <summary>
    /// A client signed in as a demo user (README, Authentication; e.g. <c>analyst</c>, <c>snv.editor</c>), with a
    /// real token from the development identity provider (password grant, client <c>pargraph-cli</c>).
    /// </summary>
    public HttpClient CreateClientFor(string username) =>
        CreateClientWithToken(tokens.GetOrAdd(username, user => RequestTokenAsync(user).GetAwaiter().GetResult()));

    /// <summary>Asks the development identity provider for an access token, as a script would.</summary>
    public async Task<string> RequestTokenAsync(string username, string password = "demo")
    {
        using var client = CreateClient();
        using var response = await client.PostAsync(
            "/realms/khanhhoa/protocol/openid-connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "pargraph-cli",
                ["username"] = username,
                ["password"] = password,
            }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"No token for {username}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A token of a confidential client's service account (client credentials grant), e.g. the IOC dashboard's.</summary>
    public async Task<string> RequestClientTokenAsync(string clientId = "ioc-dashboard", string secret = KhanhHoaRealm.IocDashboardSecret)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync(
            "/realms/khanhhoa/protocol/openid-connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
            }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"No token for client {clientId}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting(ParGraphHome.Variable, Home)
            .UseSetting(
                $"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}",
                Database.ConnectionString)
            .ConfigureServices(services => services
                .AddSingleton<IInterceptor>(SqlStatements)
                .AddSingleton<IInterceptor>(OpenConnections)
                .AddSingleton(TestTokens.SigningSource));
}
