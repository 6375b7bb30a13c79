using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using GraphQLParser.AST;
using ParGraph.Server.Errors;
using ParGraph.Server.Ide;
using ParGraph.Server.RateLimiting;
using ParGraph.Server.Transport;
using ParGraph.Server.Transport.Http;
using ParGraph.Server.Transport.ServerSentEvents;
using ParGraph.Server.Transport.WebSockets;
using ParGraph.Server.Validation;
using AspNetCorsOptions = Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions;
using AspNetRateLimiterOptions = Microsoft.AspNetCore.RateLimiting.RateLimiterOptions;

namespace ParGraph.Server.Hosting;

public static class ParGraphServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server kit: GraphQL.NET with System.Text.Json, error mapping, limits, the
    /// document cache, persisted documents, CORS, the HTTP transport with its authentication rule,
    /// GraphQL over WebSocket and over server-sent events (subscriptions), rate limiting and the IDE. Register the schema
    /// in <paramref name="configureGraphQL"/> (<c>b.AddSchema&lt;MySchema&gt;()</c>, a singleton).
    /// </summary>
    public static IServiceCollection AddParGraphServer(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IGraphQLBuilder> configureGraphQL)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(configureGraphQL);

        services.AddValidatedOptions<GraphQLHttpOptions>(configuration, GraphQLHttpOptions.SectionName);
        services.AddValidatedOptions<GraphQLExecutionOptions>(configuration, GraphQLExecutionOptions.SectionName);
        services.AddValidatedOptions<GraphQLWebSocketOptions>(configuration, GraphQLWebSocketOptions.SectionName);
        services.AddValidatedOptions<GraphQLServerSentEventsOptions>(configuration, GraphQLServerSentEventsOptions.SectionName);
        services.AddValidatedOptions<CorsOptions>(configuration, CorsOptions.SectionName)
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "Cors:AllowedOrigins must hold '*' or origins like https://host[:port].");
        services.AddValidatedOptions<PersistedDocumentsOptions>(configuration, PersistedDocumentsOptions.SectionName);
        services.AddValidatedOptions<IdeOptions>(configuration, IdeOptions.SectionName);
        services.AddValidatedOptions<RateLimitingOptions>(configuration, RateLimitingOptions.SectionName)
            .Validate(o => o.PerUser is not null && o.PerClient is not null && o.Anonymous is not null
                && Validator.TryValidateObject(o.PerUser, new(o.PerUser), null, true)
                && Validator.TryValidateObject(o.PerClient, new(o.PerClient), null, true)
                && Validator.TryValidateObject(o.Anonymous, new(o.Anonymous), null, true),
                "RateLimiting: each rule needs PermitLimit ≥ 1 and a Window between 1 s and 1 day.");

        services.AddCors();
        services.AddOptions<AspNetCorsOptions>()
            .Configure<IOptions<CorsOptions>>((cors, ours) => cors.AddPolicy(CorsOptions.PolicyName, policy => ConfigureCors(policy, ours.Value)));

        services.TryAddSingleton<InMemoryPersistedDocumentStore>();
        services.TryAddSingleton<IPersistedDocumentStore>(sp => sp.GetRequiredService<InMemoryPersistedDocumentStore>());
        services.TryAddSingleton<GraphQLRequestExecutor>();
        services.TryAddSingleton<GraphQLHttpRequestReader>();
        services.TryAddSingleton<GraphQLHttpResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLHttpAuthentication>();
        services.TryAddSingleton<GraphQLOperationRunner>();
        services.TryAddSingleton<WebSocketAuthentication>();
        services.TryAddSingleton<WebSocketConnectionsPerUser>();
        services.TryAddSingleton<WebSocketProtocolContext>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.TryAddSingleton<GraphQLServerSentEventsHandler>();
        services.TryAddSingleton<IdeHandler>();
        services.TryAddSingleton<GraphQLEndpoint>();
        services.AddHostedService<SchemaInitializer>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<AspNetRateLimiterOptions>()
            .Configure<IOptions<RateLimitingOptions>>((limiter, ours) => GraphQLRateLimiter.Configure(limiter, ours.Value));

        services.AddGraphQL(b =>
        {
            b.AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            b.AddErrorInfoProvider<ParGraphErrorInfoProvider>();
            b.Services.Register<IDocumentBuilder, NestingLimitedDocumentBuilder>(GraphQL.DI.ServiceLifetime.Singleton, replace: true);
            b.AddExecutionStrategy(SubscriptionExecutionStrategy.Instance, OperationType.Subscription);
            b.AddUnhandledExceptionHandler(UnhandledExceptionLogger.LogAsync);
            b.ConfigureExecution<PersistedDocumentsOnlyPolicy>();
            b.UsePersistedDocuments(ConfigurePersistedDocuments);
            b.AddValidationRule(UnicodeTextValidationRule.Instance, useForCachedDocuments: true);
            b.ConfigureExecution<DocumentCache>();
            b.AddComplexityAnalyzer(ConfigureComplexity);
            b.ConfigureExecutionOptions(ApplyTimeout);
            configureGraphQL(b);
        });
        return services;
    }

    private static void ConfigurePersistedDocuments(GraphQL.PersistedDocuments.PersistedDocumentOptions options)
    {
        options.AllowOnlyPersistedDocuments = false;
        options.AllowedPrefixes.Clear();
        options.GetQueryDelegate = (execution, _, _) =>
            execution.RequestServices!.GetRequiredService<IPersistedDocumentStore>()
                .FindAsync(execution.DocumentId!, execution.CancellationToken);
    }

    private static void ConfigureComplexity(ComplexityOptions complexity, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<GraphQLExecutionOptions>>().Value;
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;
        // Introspection (IDE schema fetches) costs nothing; its depth still counts. A root field costs
        // RootFieldCost more: each one starts database work of its own.
        var defaultImpact = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
        {
            if (context.FieldDefinition.Name is "__schema" or "__type")
                return new FieldComplexityResult(0, 0);
            var impact = defaultImpact(context);
            return context.Parent is null && context.FieldDefinition.Name != "__typename"
                ? new FieldComplexityResult(impact.FieldImpact + limits.RootFieldCost, impact.ChildImpactMultiplier)
                : impact;
        };
    }

    private static void ApplyTimeout(ExecutionOptions options)
    {
        var limits = options.RequestServices!.GetRequiredService<IOptions<GraphQLExecutionOptions>>().Value;
        options.Timeout = limits.ExecutionTimeout;
    }

    private static void ConfigureCors(Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder policy, CorsOptions options)
    {
        if (options.AllowedOrigins.Contains("*"))
            policy.AllowAnyOrigin();
        else
            policy.WithOrigins(options.AllowedOrigins);
        policy.WithMethods("GET", "POST")
            .AllowAnyHeader()
            .WithExposedHeaders("WWW-Authenticate", "Allow", "Retry-After", RequestIds.Header)
            .SetPreflightMaxAge(options.PreflightMaxAge);
    }

    private static bool IsOrigin(string origin) =>
        origin == "*" || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !origin.EndsWith('/'));
}
