using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParGraph.Api.Audit;

public sealed class ArchivedAuditEntryConfiguration : IEntityTypeConfiguration<ArchivedAuditEntry>
{
    public void Configure(EntityTypeBuilder<ArchivedAuditEntry> builder)
    {
        builder.ToTable("audit_archive");
        builder.Property(a => a.Id).ValueGeneratedNever(); // the id it had in the live table
        AuditRecordColumns.Configure(builder);
    }
}
