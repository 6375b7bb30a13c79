using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Hosting;

namespace ParGraph.Server.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL <c>LISTEN/NOTIFY</c> backplane: <see cref="EventPublisher"/> for mutations,
    /// <see cref="EventHub"/> for subscription resolvers, and the listener that joins them on every replica.
    /// </summary>
    public static IServiceCollection AddPostgresEvents(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Task<string>> connectionString)
    {
        services.AddValidatedOptions<EventsOptions>(configuration, EventsOptions.SectionName)
            .Validate(o => o.ReconnectMinDelay <= o.ReconnectMaxDelay, "Events:ReconnectMinDelay must not exceed Events:ReconnectMaxDelay.");
        services.AddSingleton<EventHub>();
        services.AddSingleton<EventPublisher>();
        services.AddSingleton(sp => new PostgresEventConnection(() => connectionString(sp)));
        services.AddSingleton<PostgresEventListener>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresEventListener>());
        return services;
    }
}
