using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Kpis;

public sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.ToTable("kpi_measurements");
        builder.Property(m => m.Source).HasMaxLength(512);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);

        builder.HasIndex(m => new { m.KpiId, m.On });
        builder.HasIndex(m => m.AgencyId);

        builder.HasOne(m => m.Agency).WithMany()
            .HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
