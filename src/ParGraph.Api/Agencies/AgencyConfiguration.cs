using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Agencies;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(512);
        builder.Property(a => a.ShortName).HasMaxLength(256);
        builder.Property(a => a.Aliases).HasColumnType("text[]");
        builder.Property(a => a.Version).IsRowVersion();

        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Kind);

        builder.HasOne(a => a.Parent).WithMany()
            .HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Successor).WithMany()
            .HasForeignKey(a => a.SuccessorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Members).WithMany(a => a.Groups)
            .UsingEntity<Dictionary<string, object>>(
                "agency_group_members",
                member => member.HasOne<Agency>().WithMany()
                    .HasForeignKey("member_id").OnDelete(DeleteBehavior.Cascade),
                group => group.HasOne<Agency>().WithMany()
                    .HasForeignKey("group_id").OnDelete(DeleteBehavior.Cascade),
                join =>
                {
                    join.ToTable("agency_group_members");
                    join.HasKey("group_id", "member_id");
                    join.HasIndex("member_id");
                });
    }
}
