using Microsoft.Extensions.Options;
using ParGraph.Server.Schema;

namespace ParGraph.Api.DeadlineAlerts;

public static class DeadlineAlertsFeature
{
    public static IServiceCollection AddDeadlineAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlineAlertOptions>().Bind(configuration.GetSection(DeadlineAlertOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSubscriptionFields<DeadlineAlertSubscriptions>();
        services.AddSingleton<DeadlineAlertJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineAlertJob>());
        return services;
    }
}
