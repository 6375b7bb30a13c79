using ParGraph.Server.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Audit;

public static class AuditFeature
{
    /// <summary>The audit log query, request ids on entries, and the retention job (section <c>Audit</c>).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddQueryFields<AuditQueries>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IInterceptor, AuditRequestIdInterceptor>();
        services.AddValidatedOptions<AuditOptions>(AuditOptions.SectionName);
        services.AddSingleton<AuditArchiver>();
        services.AddHostedService<AuditRetentionService>();
        return services;
    }
}
