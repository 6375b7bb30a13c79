using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Scores;

public sealed class AgencyRankingEntryConfiguration : IEntityTypeConfiguration<AgencyRankingEntry>
{
    public void Configure(EntityTypeBuilder<AgencyRankingEntry> builder)
    {
        builder.ToTable("agency_ranking_entries");
        builder.HasIndex(e => new { e.RankingId, e.AgencyId }).IsUnique();
        builder.Property(e => e.Components).HasColumnType("jsonb");
        builder.HasOne(e => e.Agency).WithMany()
            .HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
