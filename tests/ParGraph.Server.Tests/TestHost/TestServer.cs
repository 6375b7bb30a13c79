using System.Net.Http.Headers;
using System.Security.Claims;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParGraph.Server.Authorization;
using ParGraph.Server.Hosting;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>
/// The test schema behind the real server kit on Kestrel, on a free loopback port. Each instance has
/// its own content root (so IDE folder tests do not interfere) and its own configuration.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    /// <summary>Requests carrying this header run as the named user (a stand-in for authentication):
    /// claims <c>name</c> and <c>sub</c> hold the header's value.</summary>
    public const string UserHeader = "X-Test-User";

    /// <summary>With <see cref="UserHeader"/>, gives the user an <c>azp</c> (client) claim.</summary>
    public const string ClientHeader = "X-Test-Client";

    private readonly WebApplication _app;

    private TestServer(WebApplication app, string contentRoot, Uri endpoint)
    {
        _app = app;
        ContentRoot = contentRoot;
        Endpoint = endpoint;
        Client = new HttpClient { BaseAddress = endpoint };
    }

    public Uri Endpoint { get; }
    public string ContentRoot { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Production",
        Action<string>? prepareContentRoot = null,
        Action<WebApplication>? mapEndpoints = null)
    {
        var contentRoot = Directory.CreateTempSubdirectory("pargraph-server-tests-").FullName;
        prepareContentRoot?.Invoke(contentRoot);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = contentRoot,
            ApplicationName = typeof(TestServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Services.AddScoped<ScopeProbe>();
        builder.Services.AddSingleton<TestEvents>();
        builder.Services.AddSingleton<IBearerTokenAuthenticator, TestTokenAuthenticator>();
        builder.Services.AddParGraphServer(builder.Configuration, b => b.AddSchema<TestSchema>().AddGraphTypes(typeof(TestSchema).Assembly));

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(UserHeader, out var name))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString()), new Claim("sub", name.ToString())], "Test");
                if (context.Request.Headers.TryGetValue(ClientHeader, out var client))
                    identity.AddClaim(new Claim("azp", client.ToString()));
                context.User = new ClaimsPrincipal(identity);
            }
            return next(context);
        });
        app.MapParGraphServer();
        mapEndpoints?.Invoke(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new TestServer(app, contentRoot, new Uri(address.TrimEnd('/') + "/graphql"));
    }

    /// <summary>POSTs <paramref name="body"/> to /graphql with the given Content-Type and Accept.</summary>
    public Task<TestResponse> PostAsync(string body, string? accept = null, string? contentType = "application/json") =>
        SendAsync(HttpMethod.Post, "", body, accept, contentType);

    public Task<TestResponse> GetAsync(string queryString, string? accept = null) =>
        SendAsync(HttpMethod.Get, queryString, null, accept, null);

    public async Task<TestResponse> SendAsync(
        HttpMethod method, string relative, string? body, string? accept, string? contentType,
        IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, Endpoint + relative);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Client.SendAsync(request);
        return await TestResponse.ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
