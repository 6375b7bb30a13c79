using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Plans;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.Property(p => p.DocumentNumber).HasMaxLength(64);
        builder.Property(p => p.SourceFile).HasMaxLength(256);
        builder.Property(p => p.SourceHash).HasMaxLength(64);
        builder.HasIndex(p => p.SourceFile).IsUnique();
        builder.Property(p => p.Version).IsRowVersion();

        builder.HasIndex(p => p.DocumentNumber);
        builder.HasIndex(p => p.Kind);
        builder.HasIndex(p => p.Status);

        builder.HasOne(p => p.Parent).WithMany()
            .HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Sections).WithOne(s => s.Plan)
            .HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan)
            .HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
