using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Import;

/// <summary>Imports the documents of <c>seeds/documents</c> as the manifest describes them (first start, <c>import</c> verb).</summary>
public sealed class SeedDocumentImporter(SeedCatalog catalog, ImportService importer)
{
    /// <summary>Every document of the manifest, in its order.</summary>
    public async Task<IReadOnlyList<ImportReport>> ImportAllAsync(bool dryRun, CancellationToken ct)
    {
        var reports = new List<ImportReport>();
        foreach (var entry in catalog.ReadManifest())
        {
            var text = await File.ReadAllTextAsync(catalog.DocumentPath(entry.File), ct);
            reports.Add(await importer.ImportAsync(Request(entry, text, dryRun), user: null, ct));
        }

        return reports;
    }

    /// <summary>A file: the manifest's facts when the seeds know it by name, else the text alone.</summary>
    public async Task<ImportReport> ImportFileAsync(string path, bool dryRun, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(path, ct);
        var name = Path.GetFileName(path);
        var entry = catalog.ReadManifest().FirstOrDefault(e => e.File == name);
        return await importer.ImportAsync(
            entry is null ? new ImportRequest(name, text, dryRun) : Request(entry, text, dryRun), user: null, ct);
    }

    private static ImportRequest Request(DocumentManifestEntry entry, string text, bool dryRun) =>
        entry.Role == SeedDocumentRole.Plan
            ? new ImportRequest(entry.File, text, dryRun, new PlanMetadata(
                entry.DocumentNumber, entry.Title, entry.Kind, entry.IssuedOn, entry.PeriodStart, entry.PeriodEnd, entry.ParentDocumentNumber))
            : new ImportRequest(entry.File, text, dryRun, ReportPeriod: entry.PeriodStart is { } start && entry.PeriodEnd is { } end ? (start, end) : null);
}
