using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Api.Identity.DevelopmentProvider;
using ParGraph.Api.Identity.Realm;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Identity;

/// <summary>When the development provider runs, when it refuses to, and whose issuers it accepts.</summary>
public class DevelopmentIdentityProviderTests
{
    [Theory]
    [InlineData("http://localhost:5080/realms/khanhhoa", true)]
    [InlineData("https://api.khanhhoa.example/realms/khanhhoa", true)]
    [InlineData("http://10.0.0.5/base/realms/khanhhoa", true)]
    [InlineData("http://localhost:5080/realms/khanhhoa/", false)]
    [InlineData("http://localhost:5080/realms/master", false)]
    [InlineData("http://localhost:5080/auth/realms/khanhhoa-other", false)]
    [InlineData("ftp://localhost/realms/khanhhoa", false)]
    [InlineData("khanhhoa", false)]
    [InlineData(null, false)]
    public void IsIssuer_AcceptsThisRealmOnAnyHttpHost(string? issuer, bool expected) =>
        Assert.Equal(expected, new DevelopmentIdentityProvider(true, Path.GetTempPath(), () => throw new InvalidOperationException()).IsIssuer(issuer));

    [Fact]
    public void Banner_WhenEnabled_ListsDemoUsersAndATokenCommand()
    {
        var provider = new DevelopmentIdentityProvider(true, Path.GetTempPath(), () => RealmJson.ReadFile(RealmFile.PathIn(TestSeeds.Catalog)));

        var banner = DevelopmentIdentityBanner.Describe(provider, "http://localhost:5080");

        Assert.All(["admin", "snv.editor", "stttt.editor", "syt.viewer", "analyst", "ioc.viewer"], user => Assert.Contains(user, banner, StringComparison.Ordinal));
        Assert.Contains("syt.viewer     agency:SYT:viewer", banner, StringComparison.Ordinal);
        Assert.Contains(
            "curl -s -d grant_type=password -d client_id=pargraph-cli -d username=snv.editor -d password=demo http://localhost:5080/realms/khanhhoa/protocol/openid-connect/token",
            banner, StringComparison.Ordinal);
        Assert.DoesNotContain("service-account", banner, StringComparison.Ordinal);
    }

    [Fact]
    public void SigningKeys_LoadedTwice_KeepTheirKeyId()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"pargraph-keys-{Guid.NewGuid():N}");
        try
        {
            var created = DevelopmentSigningKeys.LoadOrCreate(directory);
            var loaded = DevelopmentSigningKeys.LoadOrCreate(directory);

            Assert.Equal(created.KeyId, loaded.KeyId);
            Assert.Equal(43, created.KeyId.Length); // base64url SHA-256 thumbprint (RFC 7638)
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Keycloak:auth-server-url")]
    [InlineData("Keycloak:AuthServerUrl")]
    public void Register_WithKeycloakServer_DisablesTheProvider(string key)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[key] = "http://keycloak:8080/";

        builder.AddDevelopmentIdentityProvider();

        using var services = builder.Services.BuildServiceProvider();
        Assert.False(services.GetRequiredService<DevelopmentIdentityProvider>().Enabled);
    }

    [Fact]
    public void Register_InProductionWithoutKeycloak_DisablesTheProviderAndRefusesToServe()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });

        builder.AddDevelopmentIdentityProvider();

        using var services = builder.Services.BuildServiceProvider();
        Assert.False(services.GetRequiredService<DevelopmentIdentityProvider>().Enabled);
        var problem = Assert.Single(services.GetServices<IStartupCheck>(), c => c.FindProblem() is not null).FindProblem();
        Assert.Contains("no Keycloak server is configured", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InProductionWithoutKeycloak_SaysWhyAndExits1()
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "ParGraph.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PARGRAPH_HOME"] = Path.Combine(Path.GetTempPath(), $"pargraph-prod-{Guid.NewGuid():N}");
        foreach (var name in new[] { "DOTNET_ENVIRONMENT", "Keycloak__auth-server-url", "Keycloak__AuthServerUrl" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("no Keycloak server is configured", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await stderr, StringComparison.Ordinal);
    }
}
