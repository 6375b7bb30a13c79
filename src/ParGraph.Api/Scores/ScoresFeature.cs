using ParGraph.Server.Schema;

namespace ParGraph.Api.Scores;

public static class ScoresFeature
{
    public static IServiceCollection AddScores(this IServiceCollection services)
    {
        services.AddQueryFields<AgencyScoreQueries>();
        services.AddMutationFields<AgencyScoreMutations>();
        services.AddSingleton<AgencyYearFactsLoader>();
        services.AddSingleton<AgencyScoreService>();
        services.AddSingleton<AgencyRankingService>();
        return services;
    }
}
