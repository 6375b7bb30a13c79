namespace ParGraph.Server.Hosting;

/// <summary>Marks the routes of the GraphQL endpoint (for the rate limiter and other middleware).</summary>
public sealed class GraphQLEndpointMetadata
{
    public static GraphQLEndpointMetadata Instance { get; } = new();
}
