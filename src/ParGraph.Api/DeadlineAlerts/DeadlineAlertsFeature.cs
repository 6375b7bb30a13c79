using Microsoft.Extensions.Options;
using ParGraph.Server.Hosting;
using ParGraph.Server.Schema;

namespace ParGraph.Api.DeadlineAlerts;

public static class DeadlineAlertsFeature
{
    public static IServiceCollection AddDeadlineAlerts(this IServiceCollection services)
    {
        services.AddValidatedOptions<DeadlineAlertOptions>(DeadlineAlertOptions.SectionName);
        services.AddSubscriptionFields<DeadlineAlertSubscriptions>();
        services.AddSingleton<DeadlineAlertJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineAlertJob>());
        return services;
    }
}
