using System.ComponentModel.DataAnnotations;

namespace ParGraph.Api.Audit;

/// <summary>The <c>Audit</c> configuration section.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// Entries older than this many days move from the live log to the archive (<c>audit_archive</c>),
    /// at start-up and then daily; 0 (the default) keeps everything in the live log. Nothing is deleted.
    /// </summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; }

    /// <summary>How often the retention job runs (default one day).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ArchiveInterval { get; set; } = TimeSpan.FromDays(1);
}
