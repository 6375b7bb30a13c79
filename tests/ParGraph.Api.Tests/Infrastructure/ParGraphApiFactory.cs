using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Data;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Boots the real <c>Program</c> against this class's own database (a class fixture).
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

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting(
                $"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}",
                Database.ConnectionString)
            .ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
}
