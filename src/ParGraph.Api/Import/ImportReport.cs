using ParGraph.Api.Import.Parsing;

namespace ParGraph.Api.Import;

/// <summary>What one import read, wrote and could not read — the answer of <c>importDocument</c> and <c>import</c>.</summary>
public sealed class ImportReport
{
    public required string FileName { get; init; }

    public DocumentLayout Layout { get; init; }

    public bool DryRun { get; init; }

    /// <summary>True when the same text was imported before, so nothing was compared or written.</summary>
    public bool SameAsLastImport { get; set; }

    public int? PlanId { get; set; }

    public int Sections { get; set; }

    public int TasksCreated { get; set; }

    public int TasksUpdated { get; set; }

    public int TasksUnchanged { get; set; }

    /// <summary>Tasks imported earlier that the document no longer has (kept, not deleted).</summary>
    public int TasksNoLongerInDocument { get; set; }

    public int TargetsCreated { get; set; }

    public int TargetsUpdated { get; set; }

    public int TargetsUnchanged { get; set; }

    public int KpisCreated { get; set; }

    public int? ReportId { get; set; }

    public List<ImportWarning> Warnings { get; } = [];

    public List<UnresolvedAgencyName> UnresolvedAgencies { get; } = [];

    public List<ImportConflict> Conflicts { get; } = [];

    /// <summary>Tasks found per section, in document order (the section's code or title, and the count).</summary>
    public List<SectionCount> TasksPerSection { get; } = [];
}

/// <summary>An agency name that matches nothing in the registry; its tasks are flagged needsReview.</summary>
public sealed record UnresolvedAgencyName(string Name, int Line, string? TaskNumber);

/// <summary>A field changed through the API after the last import: the document's value was not applied.</summary>
public sealed record ImportConflict(string? TaskNumber, int Line, string Field, string? DocumentValue, string? CurrentValue);

public sealed record SectionCount(string Section, int Tasks);
