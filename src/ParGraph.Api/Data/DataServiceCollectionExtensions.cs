using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParGraph.Api.Hosting;
using ParGraph.Server.Database;

namespace ParGraph.Api.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "ParGraph";

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{ParGraphDbContext}"/> and a scoped
    /// <see cref="ParGraphDbContext"/> from it. Without <c>ConnectionStrings:ParGraph</c> the
    /// database is an embedded PostgreSQL under the ParGraph home (README, Configuration).
    /// </summary>
    public static IHostApplicationBuilder AddParGraphData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            var options = new EmbeddedPostgresOptions
            {
                Home = ParGraphHome.Resolve(builder.Configuration, builder.Environment.ContentRootPath),
            };
            builder.Configuration.GetSection("EmbeddedPostgres").Bind(options);
            services.AddSingleton(options);
            services.AddSingleton<EmbeddedPostgresService>();
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddedPostgresService>());
            services.AddSingleton(sp => new ParGraphConnection(async ct =>
                (await sp.GetRequiredService<EmbeddedPostgresService>().GetServerAsync(ct)).ConnectionString));
        }
        else
        {
            services.AddSingleton(new ParGraphConnection(configured));
        }

        // Interceptors registered as IInterceptor (e.g. SQL statement counters in tests) join every context.
        services.AddPooledDbContextFactory<ParGraphDbContext>((sp, options) => options
            .UseParGraphDatabase(sp.GetRequiredService<ParGraphConnection>().GetConnectionString())
            .AddInterceptors(RequestConnectionLimit.Interceptor)
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ParGraphDbContext>>().CreateDbContext());
        return builder;
    }
}
