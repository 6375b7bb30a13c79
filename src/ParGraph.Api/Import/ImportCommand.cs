using System.CommandLine;
using System.Diagnostics;
using System.Text;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Hosting.Seeds;

namespace ParGraph.Api.Import;

/// <summary>
/// <c>import [files…] [--dry-run]</c>: reads documents into plans (no file: every seed document) and prints
/// each import report as its file is done, with a progress line per file on standard error. Migrates and
/// loads the agency registry first; a file that does not exist stops it before it touches the database.
/// </summary>
public static class ImportCommand
{
    public static Command Create(IServiceProvider services, Func<string, string> resolvePath)
    {
        var files = new Argument<string[]>("files") { Description = "Document texts to import (default: seeds/documents by the manifest).", Arity = ArgumentArity.ZeroOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and report only; write nothing." };
        var import = new Command("import", "Import province documents into plans, tasks and KPI targets.") { files, dryRun };
        import.SetAction(async (result, ct) =>
        {
            var paths = result.GetValue(files) is { Length: > 0 } given
                ? [.. given.Select(resolvePath)]
                : SeedDocumentPaths(services.GetRequiredService<SeedCatalog>());
            if (paths.FirstOrDefault(path => !File.Exists(path)) is { } missing)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"import: file not found: {missing}");
                return VerbFailure.ExitCode;
            }

            await ParGraphDatabaseMigrations.MigrateAsync(services, ct);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(ct);
            }

            await ImportAsync(services.GetRequiredService<SeedDocumentImporter>(), paths, result.GetValue(dryRun), result.InvocationConfiguration, ct);
            return 0;
        });
        return import;
    }

    private static List<string> SeedDocumentPaths(SeedCatalog catalog) =>
        [.. catalog.ReadManifest().Select(entry => catalog.DocumentPath(entry.File))];

    private static async Task ImportAsync(SeedDocumentImporter importer, IReadOnlyList<string> paths, bool dryRun, InvocationConfiguration console, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        for (var i = 0; i < paths.Count; i++)
        {
            var file = Stopwatch.StartNew();
            var report = await importer.ImportFileAsync(paths[i], dryRun, ct);
            await console.Output.WriteAsync(Describe(report));
            await console.Error.WriteLineAsync($"import: [{i + 1}/{paths.Count}] {report.FileName} read in {file.ElapsedMilliseconds} ms");
        }

        await console.Output.WriteLineAsync($"{paths.Count} document(s) read in {total.ElapsedMilliseconds} ms.");
    }

    /// <summary>The report as a person reads it.</summary>
    public static string Describe(ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"{report.FileName} ({report.Layout}{(report.DryRun ? ", dry run" : "")})");
        if (report.SameAsLastImport)
        {
            return text.AppendLine("  same text as the last import: nothing to do").ToString();
        }

        text.AppendLine($"  {report.Sections} sections; tasks: {report.TasksCreated} created, {report.TasksUpdated} updated, {report.TasksUnchanged} unchanged, {report.TasksNoLongerInDocument} no longer in the document");
        text.AppendLine($"  targets: {report.TargetsCreated} created, {report.TargetsUpdated} updated, {report.TargetsUnchanged} unchanged; {report.KpisCreated} KPIs created");
        foreach (var section in report.TasksPerSection)
        {
            text.AppendLine($"    {section.Tasks,3}  {section.Section}");
        }

        foreach (var warning in report.Warnings)
        {
            text.AppendLine($"  warning, line {warning.Line}: {warning.Message}");
        }

        foreach (var name in report.UnresolvedAgencies)
        {
            text.AppendLine($"  unresolved agency, line {name.Line} (task {name.TaskNumber}): {name.Name}");
        }

        foreach (var conflict in report.Conflicts)
        {
            text.AppendLine($"  kept edited {conflict.Field} of task {conflict.TaskNumber} (line {conflict.Line}): document says \"{conflict.DocumentValue}\"");
        }

        return text.ToString();
    }
}
