using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Tasks;

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("tasks");
        builder.Property(t => t.Number).HasMaxLength(64);
        builder.Property(t => t.Version).IsRowVersion();

        builder.OwnsOne(t => t.Deadline, deadline =>
        {
            deadline.Property(d => d.Text).HasColumnName("deadline_text");
            deadline.Property(d => d.Kind).HasColumnName("deadline_kind");
            deadline.Property(d => d.Start).HasColumnName("deadline_start");
            deadline.Property(d => d.Due).HasColumnName("deadline_due");
            deadline.HasIndex(d => d.Due);
            deadline.HasIndex(d => d.Kind);
        });
        builder.Navigation(t => t.Deadline).IsRequired();

        // Soft delete: a deleted task disappears from every query unless IgnoreQueryFilters().
        builder.HasQueryFilter(t => t.DeletedAt == null);

        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasIndex(t => new { t.PlanId, t.SourceKey }).IsUnique().HasFilter("source_key IS NOT NULL");
        builder.Property(t => t.SourceKey).HasMaxLength(128);
        builder.Property(t => t.ImportedValues).HasColumnType("jsonb");
        builder.HasIndex(t => t.Status);

        builder.HasMany(t => t.Assignments).WithOne(a => a.Task)
            .HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Updates).WithOne(u => u.Task)
            .HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
