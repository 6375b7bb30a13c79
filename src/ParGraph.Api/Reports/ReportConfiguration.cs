using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Reports;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.Property(r => r.Version).IsRowVersion();

        // One report per agency and period (and plan); a report without a plan is unique too.
        builder.HasIndex(r => new { r.AgencyId, r.PeriodId, r.PlanId })
            .IsUnique()
            .AreNullsDistinct(false);
        builder.HasIndex(r => r.Status);

        builder.HasOne(r => r.Agency).WithMany()
            .HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Period).WithMany()
            .HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Plan).WithMany()
            .HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne(e => e.Report)
            .HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
