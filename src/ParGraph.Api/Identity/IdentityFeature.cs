using ParGraph.Server.Schema;

namespace ParGraph.Api.Identity;

public static class IdentityFeature
{
    /// <summary>The <c>me</c> query.</summary>
    public static IServiceCollection AddIdentityQueries(this IServiceCollection services) =>
        services.AddQueryFields<IdentityQueries>();
}
