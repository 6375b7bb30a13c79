using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Plans;

public sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.ToTable("plan_sections");
        builder.Property(s => s.Code).HasMaxLength(64);

        builder.HasIndex(s => new { s.PlanId, s.Position });
        builder.HasIndex(s => s.Area);

        builder.HasMany(s => s.Tasks).WithOne(t => t.Section)
            .HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.SetNull);
    }
}
