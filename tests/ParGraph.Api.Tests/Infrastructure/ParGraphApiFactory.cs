using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Boots the real <c>Program</c> against this class's own database (a class fixture).
/// </summary>
public sealed class ParGraphApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    /// <summary>This class's own <c>PARGRAPH_HOME</c> (e.g. the dev identity key), never the repository's <c>.pargraph</c>.</summary>
    public string Home { get; } = Path.Combine(Path.GetTempPath(), $"pargraph-test-home-{Guid.NewGuid():N}");

    /// <summary>Counts every SQL command the app sends to this class's database.</summary>
    public SqlStatementCounter SqlStatements { get; } = new();

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

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting(ParGraphHome.Variable, Home)
            .UseSetting(
                $"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}",
                Database.ConnectionString)
            .ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
}
