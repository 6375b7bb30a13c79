using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ParGraph.Server.Hosting;

namespace ParGraph.Server.Transport;

/// <summary>
/// Caches parsed and validated documents, keyed by schema and document text (after a persisted id has
/// been resolved to its text). Cached documents still run the rules registered for cached documents
/// (the HTTP method rule, complexity, authorization).
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache;

    public DocumentCache(IOptions<GraphQLExecutionOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });
    }

    // After the persisted-document handler (200), so Query already holds the resolved text.
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document != null || options.Query == null)
            return await next(options).ConfigureAwait(false);

        var key = new CacheKey(options.Schema, options.Query);
        var hit = _cache.TryGetValue(key, out GraphQLDocument? cached) && cached != null;
        if (hit)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options).ConfigureAwait(false);
        if (!hit && result.Executed && result.Document != null)
            _cache.Set(key, result.Document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record CacheKey(object? Schema, string Query);
}
