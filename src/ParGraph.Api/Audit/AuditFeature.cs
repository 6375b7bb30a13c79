using ParGraph.Server.Schema;

namespace ParGraph.Api.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddQueryFields<AuditQueries>();
}
