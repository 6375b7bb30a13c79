using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Audit;

/// <summary>The columns and indexes the live audit table and its archive share.</summary>
internal static class AuditRecordColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : AuditRecord
    {
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
    }
}
