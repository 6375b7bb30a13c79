using Microsoft.Extensions.Options;
using ParGraph.Server.Batching;
using ParGraph.Server.Hosting;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddQueryFields<ReportQueries>();
        services.AddMutationFields<ReportMutations>();
        services.AddSubscriptionFields<ReportSubscriptions>();
        services.AddSingleton<ReportingPeriods>();
        services.AddSingleton<ReportOpeningService>();
        services.AddSingleton<ReportEntryService>();
        services.AddSingleton<ReportWorkflowService>();
        services.AddSingleton(new NodeSource("Report", (context, key) =>
            int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? ReportLoaders.LoadVisible(context, id).Then(report => (object?)report)
                : null));
        services.AddValidatedOptions<ReportingOptions>(ReportingOptions.SectionName);
        services.AddSingleton<IValidateOptions<ReportingOptions>, ReportingOptionsValidator>();
        return services;
    }
}
