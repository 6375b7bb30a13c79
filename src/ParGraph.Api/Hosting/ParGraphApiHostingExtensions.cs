using GraphQL;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using ParGraph.Api.Agencies;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.DeadlineAlerts;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Identity;
using ParGraph.Api.Identity.DevelopmentProvider;
using ParGraph.Api.Import;
using ParGraph.Api.Kpis;
using ParGraph.Api.Overview;
using ParGraph.Api.PersistedDocuments;
using ParGraph.Api.Plans;
using ParGraph.Api.Reports;
using ParGraph.Api.Scores;
using ParGraph.Api.Tasks;
using ParGraph.Server.Authorization;
using ParGraph.Server.Events;
using ParGraph.Server.Hosting;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Hosting;

public static class ParGraphApiHostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Everything ParGraph needs: database, seeds, features, GraphQL server.</summary>
    public static WebApplicationBuilder AddParGraphApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Every SQL statement at Information drowns the verbs' output wherever appsettings.json is not found.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.AddDevelopmentIdentityProvider();
        builder.AddParGraphData();
        builder.Services.AddPostgresEvents(builder.Configuration, sp => sp.GetRequiredService<ParGraphConnection>().GetConnectionStringAsync());
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ProvinceClock>();
        services.AddSingleton<ParGraph.Server.Filtering.ITextMatching, PostgresText>();
        services.AddSeeds(services.AddParGraphHealthChecks());
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<StartupBanner>();
        services.AddSingleton<IStartupCheck, PostgresBinariesCheck>();

        // Features, alphabetically; each registers its types, root fields and loaders.
        services.AddParGraphSchema()
            .AddIdentityQueries()
            .AddAgencies()
            .AddAudit()
            .AddDeadlineAlerts()
            .AddImport()
            .AddKpis()
            .AddOverview()
            .AddPersistedDocuments()
            .AddPlans()
            .AddReports()
            .AddScores()
            .AddTasks();
        services.AddAuthorization(ParGraphPolicies.Configure);
        services.AddParGraphServer(builder.Configuration, graphql => graphql
            .AddSchema<RootSchema>()
            .AddGraphTypes(typeof(ParGraphApiHostingExtensions).Assembly)
            .AddParGraphAuthorization());
        services.AddParGraphAuthentication(builder.Configuration);
        return builder;
    }

    public static WebApplication MapParGraphApi(this WebApplication app)
    {
        app.MapDevelopmentIdentityProvider();
        app.MapParGraphServer();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DataHealthCheckExtensions.ReadyTag),
        });
        return app;
    }
}
