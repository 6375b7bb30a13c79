using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Scores;

public sealed class AgencyRankingConfiguration : IEntityTypeConfiguration<AgencyRanking>
{
    public void Configure(EntityTypeBuilder<AgencyRanking> builder)
    {
        builder.ToTable("agency_rankings");
        builder.HasIndex(r => r.Year).IsUnique(); // one published ranking a year; publishing again replaces it
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.HasOne(r => r.Formula).WithMany()
            .HasForeignKey(r => r.FormulaVersion).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne(e => e.Ranking)
            .HasForeignKey(e => e.RankingId).OnDelete(DeleteBehavior.Cascade);
    }
}
