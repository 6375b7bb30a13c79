using ParGraph.Api.Hosting.Seeds;
using ParGraph.Server.Transport;

namespace ParGraph.Api.PersistedDocuments;

/// <summary>
/// Registers the documents of <c>schema/persisted/*.graphql</c> and the IOC's <c>docs/queries/ioc/*.graphql</c>
/// (or the folders of <c>PersistedDocuments:Path</c>, separated by <c>;</c>) before the server takes requests,
/// each under its file name (e.g. <c>ioc-overview</c>) and its <c>sha256:&lt;hex&gt;</c> id, so clients can
/// send <c>documentId</c> instead of the query text.
/// </summary>
public sealed class PersistedDocumentsLoader(
    InMemoryPersistedDocumentStore store, SeedCatalog seeds, IConfiguration configuration, ILogger<PersistedDocumentsLoader> logger)
    : IHostedService
{
    public const string PathKey = "PersistedDocuments:Path";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var root = Path.Combine(seeds.RootPath, "..");
        var folders = configuration[PathKey]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [Path.Combine(root, "schema", "persisted"), Path.Combine(root, "docs", "queries", "ioc")];
        foreach (var folder in folders)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).ToList() : [];
            foreach (var file in files)
            {
                var document = File.ReadAllText(file);
                store.Add(Path.GetFileNameWithoutExtension(file), document);
                store.Add(document);
            }

            logger.LogInformation("Persisted documents: {Count} from {Folder}", files.Count, Path.GetFullPath(folder));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
