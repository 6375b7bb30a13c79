using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public static class TasksFeature
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddQueryFields<TaskQueries>();
        services.AddQueryFields<TaskStatisticsQueries>();
        services.AddSingleton<TaskStatisticsService>();
        services.AddMutationFields<TaskMutations>();
        services.AddSubscriptionFields<TaskSubscriptions>();
        services.AddSingleton<TaskAdminService>();
        services.AddSingleton<TaskProgressService>();
        services.AddSingleton<TaskChanges>();
        services.AddSingleton<TaskHistory>();
        services.AddSingleton(BatchedNodeSource.ById("Task", TaskLoaders.TaskById));
        return services;
    }
}
