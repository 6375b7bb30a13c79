namespace ParGraph.Api.Hosting.Seeds;

/// <summary>What a seed document is: a plan to import, or a report of results against plans.</summary>
public enum SeedDocumentRole
{
    Plan,
    ProgressReport,
}
