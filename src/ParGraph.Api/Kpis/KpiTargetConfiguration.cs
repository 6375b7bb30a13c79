using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Kpis;

public sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> builder)
    {
        builder.ToTable("kpi_targets");
        builder.Property(t => t.Version).IsRowVersion();

        builder.HasIndex(t => new { t.KpiId, t.Year }).IsUnique();

        builder.HasOne(t => t.Plan).WithMany()
            .HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.SetNull);
    }
}
