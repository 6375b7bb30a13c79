using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Reports;

/// <summary>The <c>Reporting</c> section is bound, and validated when the API starts.</summary>
public sealed class ReportingStartupTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public void Start_WithAConfiguredDueDate_UsesIt()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Reporting:Year:Due", "01-20").UseSetting("Reporting:Year:DueYearOffset", "1"));

        var options = app.Services.GetRequiredService<IOptions<ReportingOptions>>().Value;

        Assert.Equal(new DateOnly(2025, 1, 20), options.For(PeriodKind.Year).Resolve(2024).Due);
        Assert.Equal("03-15", options.Q1.Due);
    }

    [Fact]
    public void StartupValidation_WithAnImpossibleDay_FailsNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reporting:Q1:End"] = "02-30" }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddReports().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Reporting:Q1: End \"02-30\"", error.Message, StringComparison.Ordinal);
    }
}
