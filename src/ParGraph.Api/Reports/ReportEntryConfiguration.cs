using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Reports;

public sealed class ReportEntryConfiguration : IEntityTypeConfiguration<ReportEntry>
{
    public void Configure(EntityTypeBuilder<ReportEntry> builder)
    {
        builder.ToTable("report_entries");
        builder.Property(e => e.Evidence).HasColumnType("text[]");
        builder.Property(e => e.Version).IsRowVersion();

        // One entry per task in a report.
        builder.HasIndex(e => new { e.ReportId, e.TaskId }).IsUnique();
        builder.HasIndex(e => e.TaskId);

        builder.HasOne(e => e.Task).WithMany()
            .HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
