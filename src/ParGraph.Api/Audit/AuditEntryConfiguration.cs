using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Subject).HasMaxLength(256);
        builder.Property(a => a.Username).HasMaxLength(256);
        builder.Property(a => a.AgencyCode).HasMaxLength(64);
        builder.Property(a => a.Operation).HasMaxLength(128);
        builder.Property(a => a.EntityType).HasMaxLength(128);
        builder.Property(a => a.EntityId).HasMaxLength(128);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.Property(a => a.RequestId).HasMaxLength(ParGraph.Server.Hosting.RequestIds.MaxLength);

        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.RequestId);
    }
}
