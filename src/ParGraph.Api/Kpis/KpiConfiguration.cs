using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Kpis;

public sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("kpis");
        builder.Property(k => k.Code).HasMaxLength(64);
        builder.Property(k => k.Name).HasMaxLength(512);
        builder.Property(k => k.Version).IsRowVersion();
        builder.Property(k => k.Indicators).HasColumnType("text[]");

        builder.HasIndex(k => k.Code).IsUnique();
        builder.HasIndex(k => k.Kind);
        builder.HasIndex(k => k.Area);

        builder.HasOne(k => k.SourcePlan).WithMany()
            .HasForeignKey(k => k.SourcePlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(k => k.Targets).WithOne(t => t.Kpi)
            .HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(k => k.Measurements).WithOne(m => m.Kpi)
            .HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}
